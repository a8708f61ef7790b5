import type { ReadProgress } from "../services/imports.ts";

/**
 * A progress bar on stderr while files are read, drawn only on a terminal (never into a
 * pipe or a log), and at most every 100 ms.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  let drawn = false;
  return {
    update(progress: ReadProgress & { fileName: string }): void {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const share = progress.totalBytes ? progress.bytesRead / progress.totalBytes : 0;
      const width = 30;
      const filled = Math.round(share * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const rows = progress.rowsRead.toLocaleString("en");
      stream.write(`\r${bar} ${Math.round(share * 100)}% ${progress.fileName}: ${rows} rows`);
      drawn = true;
    },
    done(): void {
      if (drawn) stream.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
