import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { Conflict, ImportRejected, InvalidInput, NotFound } from "../domain/errors.ts";

/**
 * Turns every error into a response in one place (style guide, "Types and errors"): a bad
 * request is 400 with the path of each bad field, an unknown id 404, a conflicting change
 * 409, a rejected import 422 with its row errors. Anything else is our fault: 500, logged,
 * and never with a stack trace in the response.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  // No key, id or period has a NUL character, and PostgreSQL cannot compare text with one:
  // refuse it in the address at the edge.
  app.addHook("preValidation", async (request) => {
    if (/%00/.test(request.url)) {
      throw new InvalidInput([{ path: "url", message: "must not contain a NUL character (%00)" }]);
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({
        error: "invalid_input",
        issues: error.validation.map((issue) => ({
          path: validationPath(error.validationContext, issue.instancePath),
          message: issue.message ?? "is not valid",
        })),
      });
    }
    if (error instanceof InvalidInput) {
      // Only path and message: lines and columns of a file the API assembled mean nothing to a client.
      const issues = error.issues.map(({ path, message }) => ({ path, message }));
      return reply.code(400).send({ error: "invalid_input", issues });
    }
    if (error instanceof ImportRejected) {
      return reply.code(422).send({
        error: "import_rejected",
        message: `Nothing was imported: ${error.totalErrors} ${error.totalErrors === 1 ? "error" : "errors"}`,
        totalErrors: error.totalErrors,
        rowErrors: error.rowErrors,
      });
    }
    if (error instanceof NotFound)
      return reply.code(404).send({ error: "not_found", message: error.message });
    if (error instanceof Conflict)
      return reply.code(409).send({ error: "conflict", message: error.message });
    // Fastify's own client errors: a body that is not JSON, a wrong content type, too large.
    const status = error.statusCode;
    if (status === 413 && error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      const limit = app.initialConfig.bodyLimit ?? 0;
      const message = `the body is larger than the ${limit / 1024 / 1024} MiB (${limit} bytes) the API reads`;
      return reply.code(413).send({ error: "bad_request", message });
    }
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send({ error: "bad_request", message: error.message });
    }
    // PostgreSQL refuses a NUL character in text ("invalid byte sequence for encoding UTF8").
    if ((error as { code?: unknown }).code === "22021") {
      return reply.code(400).send({
        error: "invalid_input",
        issues: [{ path: "body", message: "text must not contain a NUL character" }],
      });
    }
    // The stack goes to the log under the request's id, which the answer carries so a
    // user's report can be matched with its log line.
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send({
      error: "internal",
      message: `something went wrong on our side (request ${request.id})`,
      requestId: request.id,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: "not_found", message: `no route ${request.method} ${request.url}` }),
  );
}

/**
 * A field of the address is named as the CLI and the services name it (`period`, `asOf`,
 * `trend`), not by where Fastify found it (`querystring.asOf`); a field of the body keeps
 * `body.`, as the body is a document with its own paths.
 */
function validationPath(context: string | undefined, instancePath: string): string {
  const fields = instancePath.split("/").filter(Boolean);
  if (context === "body" || fields.length === 0) return [context ?? "input", ...fields].join(".");
  return fields.join(".");
}
