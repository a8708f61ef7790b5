import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { grain } from "../../services/input.ts";
import { describeKpi, kpiHistory } from "../../services/kpi-history.ts";
import type { Storage } from "../../storage/database.ts";
import { contextOf } from "../context.ts";

const keyParams = z.object({ key: z.string().min(1) });

const historyQuery = z.object({
  grain: grain.default("month"),
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
});

export function kpiHistoryRoutes(storage: Storage): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/kpis/:key",
      {
        schema: {
          tags: ["kpis"],
          description:
            "Any KPI a scorecard can use, in both languages: from the library, the organisation's own " +
            "computed from an expression (`custom`), or entered by hand (`manual`).",
          params: keyParams,
        },
      },
      async (request) =>
        describeKpi(storage.db, contextOf(request).organisation, request.params.key),
    );

    app.get(
      "/api/kpis/:key/history",
      {
        schema: {
          tags: ["kpis"],
          description:
            "Any KPI's value per period (null: no value), as /values gives a library KPI's; a manual " +
            "KPI's as scorecards score it: a period's own value, else its parts' (the latest for a " +
            "level KPI, the sum for a flow KPI).",
          params: keyParams,
          querystring: historyQuery,
        },
      },
      async (request) =>
        kpiHistory(storage.db, contextOf(request).organisation, {
          key: request.params.key,
          ...request.query,
        }),
    );
  };
}
