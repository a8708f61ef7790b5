import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Storage } from "../storage/database.ts";
import { AnswerCache } from "./answer-cache.ts";
import { registerRequestContext } from "./context.ts";
import { registerErrorHandler } from "./errors.ts";
import { fastifyLogging, type ServerLogger } from "./logging.ts";
import { campaignRoutes } from "./routes/campaigns.ts";
import { importRoutes } from "./routes/imports.ts";
import { kpiExtraRoutes } from "./routes/kpi-extras.ts";
import { kpiHistoryRoutes } from "./routes/kpi-history.ts";
import { kpiRoutes } from "./routes/kpis.ts";
import { organisationRoutes } from "./routes/organisation.ts";
import { scorecardPartRoutes } from "./routes/scorecard-parts.ts";
import { scorecardRoutes } from "./routes/scorecards.ts";
import { statusRoutes } from "./routes/status.ts";
import { registerWebApp } from "./web-app.ts";

export interface AppOptions {
  /** `npm start` logs (serverLoggerOf); without one, as in tests, the app is quiet. */
  logger?: ServerLogger;
}

// An upload larger than this is refused before it is read: 200 MiB holds ~2.5M ad rows.
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * The HTTP face of Fourfold: the same services as the CLI (src/services/), with their zod
 * schemas validating requests and describing the API (OpenAPI at /api/docs).
 */
export async function buildApp(
  storage: Storage,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify(fastifyLogging(options.logger)).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const answers = new AnswerCache(storage);
  answers.register(app);
  registerRequestContext(app, storage, answers);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Fourfold API",
        description: "A balanced scorecard for marketing teams: imports, KPIs, scorecards.",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 20 } });

  app.get("/api/health", { schema: { tags: ["health"] } }, async () => ({
    status: "ok",
    engine: storage.engine,
  }));
  await app.register(organisationRoutes(answers));
  await app.register(kpiRoutes());
  await app.register(campaignRoutes());
  await app.register(importRoutes());
  await app.register(scorecardRoutes(answers));
  await app.register(scorecardPartRoutes());
  await app.register(kpiExtraRoutes());
  await app.register(kpiHistoryRoutes(storage));
  await app.register(statusRoutes(storage, answers));
  await registerWebApp(app);
  return app;
}
