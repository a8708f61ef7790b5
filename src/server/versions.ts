// A scorecard's version as HTTP says it: an ETag on reads and writes, If-Match on writes.

import type { FastifyReply, FastifyRequest } from "fastify";
import { InvalidInput } from "../domain/errors.ts";

/** Sends the scorecard's version as its ETag. */
export function withVersion<T>(reply: FastifyReply, version: number, body: T): T {
  reply.header("etag", `"${version}"`);
  return body;
}

/** The version the client's copy is of (its If-Match), or undefined when it sent none. */
export function versionOfIfMatch(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (header === undefined || header.trim() === "*") return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match) {
    const message = 'must be the ETag of the scorecard as read, e.g. "3"';
    throw new InvalidInput([{ path: "If-Match", message }]);
  }
  return Number(match[1]);
}
