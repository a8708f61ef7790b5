import Fastify, { type FastifyInstance } from "fastify";
import type { Storage } from "../storage/database.ts";
import { findOnlyOrganisation } from "../storage/organisations.ts";

/**
 * The HTTP face of Fourfold. Routes are thin: they call the same storage and domain
 * functions as the CLI. (The full resource API, its OpenAPI document and the web app
 * arrive with the scorecards and web-app issues.)
 */
export function buildApp(storage: Storage): FastifyInstance {
  const app = Fastify({ logger: false });

  app.get("/api/health", async () => ({ status: "ok", engine: storage.engine }));

  app.get("/api/organisation", async (_request, reply) => {
    const organisation = await findOnlyOrganisation(storage.db);
    if (!organisation) {
      return reply.code(404).send({
        error: "not_found",
        message:
          "there is no organisation yet: run `fourfold init --name … --timezone … --currency …`",
      });
    }
    return organisation;
  });

  return app;
}
