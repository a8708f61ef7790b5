import type { FastifyInstance, FastifyRequest } from "fastify";
import { NotFound } from "../domain/errors.ts";
import { findServiceContext, type ServiceContext } from "../services/context.ts";
import type { Storage } from "../storage/database.ts";
import type { AnswerCache } from "./answer-cache.ts";

/**
 * Who a request acts for: the context every service is called with. Routes read it from
 * here and never look it up themselves, so login and roles can later fill it from a
 * session without changing them.
 */
declare module "fastify" {
  interface FastifyRequest {
    fourfold: ServiceContext | undefined;
  }
}

export function registerRequestContext(
  app: FastifyInstance,
  storage: Storage,
  cache: AnswerCache,
): void {
  app.decorateRequest("fourfold", undefined);
  app.addHook("preHandler", async (request) => {
    const path = request.url.split("?")[0] ?? "";
    if (!path.startsWith("/api/") || path.startsWith("/api/docs") || path === "/api/health") return;
    // Remembered like the answers (on DuckDB): asking the database would queue every
    // remembered answer behind the queries of the one evaluation being computed.
    request.fourfold = await cache.value("context", () => findServiceContext(storage));
  });
}

/** The request's context; a database without an organisation answers 404 saying what to do. */
export function contextOf(request: FastifyRequest): ServiceContext {
  if (!request.fourfold) {
    throw new NotFound(
      "organisation",
      "",
      "there is no organisation yet: start Fourfold with the demo (FOURFOLD_DEMO unset), " +
        "or create one with `fourfold init --name NAME --timezone TZ --currency CUR`",
    );
  }
  return request.fourfold;
}
