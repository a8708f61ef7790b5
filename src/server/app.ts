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
import { campaignRoutes } from "./routes/campaigns.ts";
import { importRoutes } from "./routes/imports.ts";
import { kpiExtraRoutes } from "./routes/kpi-extras.ts";
import { kpiRoutes } from "./routes/kpis.ts";
import { organisationRoutes } from "./routes/organisation.ts";
import { scorecardPartRoutes } from "./routes/scorecard-parts.ts";
import { scorecardRoutes } from "./routes/scorecards.ts";
import { registerWebApp } from "./web-app.ts";

export interface AppOptions {
  logger?: boolean;
}

// An upload larger than this is refused before it is read: 200 MiB holds ~2.5M ad rows.
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * The HTTP face of Fourfold: the same storage, metrics and domain functions as the CLI,
 * with zod schemas that validate requests and describe the API (OpenAPI at /api/docs).
 */
export async function buildApp(
  storage: Storage,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<ZodTypeProvider>();
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
  await app.register(organisationRoutes(storage, answers));
  await app.register(kpiRoutes(storage));
  await app.register(campaignRoutes(storage));
  await app.register(importRoutes(storage));
  await app.register(scorecardRoutes(storage, answers));
  await app.register(scorecardPartRoutes(storage));
  await app.register(kpiExtraRoutes(storage));
  await registerWebApp(app);
  return app;
}
