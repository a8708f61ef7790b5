// How the server logs, as servers do: one JSON line per request (pino, through Fastify)
// with its request id, method, address, status and time, and every error with its stack.
// LOG_LEVEL chooses how much (README, "Run it"); the tests build the app without a logger.

import { randomUUID } from "node:crypto";
import { type FastifyReply, type FastifyRequest, LogController } from "fastify";
import { InvalidInput } from "../domain/errors.ts";

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof levels)[number];

/** Where log lines go: pino writes each one whole, ending in a newline. */
export interface LogDestination {
  write(line: string): void;
}

export interface ServerLogger {
  level: LogLevel;
  stream?: LogDestination;
}

/** The logger `npm start` runs with: LOG_LEVEL, `info` unless set; InvalidInput if unknown. */
export function serverLoggerOf(env: Record<string, string | undefined>): ServerLogger {
  const level = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!levels.includes(level as LogLevel)) {
    throw new InvalidInput([
      { path: "LOG_LEVEL", message: `is "${env.LOG_LEVEL}"; use one of ${levels.join(", ")}` },
    ]);
  }
  return { level: level as LogLevel };
}

/** Fastify's logging options: random request ids, so logs of restarts never clash. */
export function fastifyLogging(logger: ServerLogger | undefined) {
  return {
    logger: logger ?? false,
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest(),
  } as const;
}

/**
 * Fastify logs "incoming request" and then "request completed"; one line, when the request
 * has been answered, says it all: id, method, address, status and time.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, "request");
    else reply.log.info(line, "request");
  }
}
