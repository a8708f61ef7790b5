// The bytes of an export, pulled chunk by chunk, whether they arrive whole or streamed. Big
// chunks are cut so that decoding and splitting work on at most CHUNK_BYTES at a time.

export const CHUNK_BYTES = 65_536;

export class ByteSource {
  bytesRead = 0;
  done = false;
  readonly totalBytes: number | undefined;
  private readonly iterator: AsyncIterator<Uint8Array> | undefined;
  private current: Uint8Array;
  private offset = 0;

  constructor(bytes: AsyncIterable<Uint8Array> | Uint8Array, totalBytes?: number) {
    if (bytes instanceof Uint8Array) {
      this.current = bytes;
      this.totalBytes = bytes.length;
    } else {
      this.current = new Uint8Array(0);
      this.iterator = bytes[Symbol.asyncIterator]();
      this.totalBytes = totalBytes;
    }
  }

  /** The next at most CHUNK_BYTES bytes, or undefined after the last. */
  async next(): Promise<Uint8Array | undefined> {
    while (this.offset >= this.current.length) {
      const next = this.iterator ? await this.iterator.next() : { done: true as const };
      if (next.done) {
        this.done = true;
        return undefined;
      }
      this.current = next.value;
      this.offset = 0;
    }
    const chunk = this.current.subarray(this.offset, this.offset + CHUNK_BYTES);
    this.offset += chunk.length;
    this.bytesRead += chunk.length;
    return chunk;
  }

  /** At least `count` bytes from the start, or all there are; `done` tells which. */
  async first(count: number): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let length = 0;
    while (length < count) {
      const chunk = await this.next();
      if (chunk === undefined) break;
      chunks.push(chunk);
      length += chunk.length;
    }
    const joined = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    return joined;
  }
}
