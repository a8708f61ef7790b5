// Serves the built web app (dist/web, `npm run build:web`) beside the API, so one
// `npm start` is the whole of Fourfold. The app routes on the client: any GET that is not
// a file and not under /api answers with index.html, and the app draws the page.

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Where `npm run build:web` (vite.config.ts) puts the built app. */
export const builtWebAppDir = fileURLToPath(new URL("../../dist/web", import.meta.url));

/** Vite names every file under assets/ by a hash of its content: it never changes. */
const immutable = "public, max-age=31536000, immutable";
/** index.html names the current assets, so a browser must ask again on every visit. */
const revalidate = "no-cache";

export async function registerWebApp(
  app: FastifyInstance,
  options: { distDir?: string } = {},
): Promise<void> {
  const distDir = resolve(options.distDir ?? builtWebAppDir);
  // Encapsulated, so reply.sendFile stays ours and cannot clash with another use of the plugin.
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, {
      root: distDir,
      // Files are looked up per request (below), so a rebuild is served without a restart.
      serve: false,
      // The build writes .br and .gz beside each asset (vite.config.ts): sent to browsers
      // that take them, so a page costs its compressed size without compressing per request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header("cache-control", path.includes("/assets/") ? immutable : revalidate);
      },
      // Before the first build the folder is missing; the page below says what to do.
      suppressWarning: true,
    });
    scope.get("/*", async (request, reply) => {
      const path = request.url.split("?")[0] ?? "/";
      if (isApi(path)) return apiNotFound(path, reply);
      if (!existsSync(join(distDir, "index.html"))) {
        return reply.type("text/html; charset=utf-8").send(notBuiltPage);
      }
      // A file that is not there (an asset of an older build) is a 404, not the app: a
      // browser would otherwise take index.html for the script it asked for.
      if (looksLikeFile(path)) {
        const file = decoded(path);
        return file === undefined ? reply.callNotFound() : reply.sendFile(file);
      }
      return reply.sendFile("index.html");
    });
  });
}

function isApi(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

function looksLikeFile(path: string): boolean {
  return path.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(path);
}

/** The path with its %-escapes undone; undefined when they are malformed. */
function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The API's own 404 shape, for a route it does not have. */
function apiNotFound(path: string, reply: FastifyReply) {
  return reply.code(404).send({ error: "not_found", message: `there is no API route ${path}` });
}

const notBuiltPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fourfold: the web app is not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>The API is running, but there is no built web app in <code>dist/web</code>.
Run <code>npm run build:web</code> (<code>npm install</code> also builds it), then reload.</p>
<p>While working on the app, <code>npx vite</code> serves it with hot reloading.</p>
</body>
</html>
`;
