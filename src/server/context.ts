import type { FastifyInstance, FastifyRequest } from "fastify";
import { NotFound } from "../domain/errors.ts";
import type { Storage } from "../storage/database.ts";
import { findOnlyOrganisation, type Organisation } from "../storage/organisations.ts";
import type { AnswerCache } from "./answer-cache.ts";

/**
 * Who a request acts for. Routes read the organisation from here and never look it up
 * themselves, so login and roles can later fill it from a session without changing them.
 */
export interface RequestContext {
  organisation: Organisation;
}

declare module "fastify" {
  interface FastifyRequest {
    fourfold: RequestContext | undefined;
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
    const organisation = await cache.value("organisation", () => findOnlyOrganisation(storage.db));
    if (organisation) request.fourfold = { organisation };
  });
}

/** The request's context; a database without an organisation answers 404 saying so. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.fourfold) {
    throw new NotFound("organisation", "(none yet: run `fourfold init` or start with the demo)");
  }
  return request.fourfold;
}
