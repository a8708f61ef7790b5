// Builds the web app (web/) into dist/web, which the server serves (src/server/web-app.ts).
// Built files live under the root's dist/, which git and Biome already leave alone.
// `npx vite` serves it with hot reloading and sends /api to `npm start` on port 3000.

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes a .br and a .gz beside every text file of the build, so the server sends each
 * compressed once, at build time (@fastify/static's `preCompressed`), not per request.
 */
function precompress(outDir: string): Plugin {
  return {
    name: "fourfold-precompress",
    apply: "build",
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const outDir = fileURLToPath(new URL("dist/web", import.meta.url));

export default defineConfig({
  root: "web",
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    reportCompressedSize: true,
    // The KPI page's chunk holds ECharts and is only loaded by that page; the e2e tests hold
    // every page's first load to the budget that matters, 500 kB of gzipped JavaScript.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
