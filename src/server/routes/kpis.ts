import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getKpiValues, kpiValuesQuery, listLibraryKpis } from "../../services/kpis.ts";
import { contextOf } from "../context.ts";

export function kpiRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/kpis",
      {
        schema: {
          tags: ["kpis"],
          description: "The KPI library (docs/kpis.md), in both languages.",
        },
      },
      async () => listLibraryKpis(),
    );

    app.get(
      "/api/kpis/:key/values",
      {
        schema: {
          tags: ["kpis"],
          description:
            "A KPI's value per period (null: no value), optionally broken down by a dimension its sources have.",
          params: z.object({ key: z.string() }),
          querystring: kpiValuesQuery,
        },
      },
      async (request) => getKpiValues(contextOf(request), request.params.key, request.query),
    );
  };
}
