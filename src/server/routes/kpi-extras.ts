// The organisation's own KPIs (defined by scorecard files), manual values, and where a KPI
// sits: the parts of the KPI resources that live in the scorecard model.

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  enterValue,
  listEnteredValues,
  listOwnKpis,
  listPlacements,
  manualValueBody,
} from "../../services/kpis.ts";
import { contextOf } from "../context.ts";

const keyParams = z.object({ key: z.string().min(1) });

export function kpiExtraRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/custom-kpis",
      {
        schema: {
          tags: ["kpis"],
          description: "The KPIs the organisation's scorecard files define beyond the library.",
        },
      },
      async (request) => listOwnKpis(contextOf(request)),
    );

    app.get(
      "/api/kpis/:key/manual-values",
      {
        schema: {
          tags: ["kpis"],
          description: "The values entered for a manual KPI.",
          params: keyParams,
        },
      },
      async (request) => listEnteredValues(contextOf(request), request.params.key),
    );

    app.put(
      "/api/kpis/:key/manual-values/:period",
      {
        schema: {
          tags: ["kpis"],
          description:
            "Enters a manual KPI's value for a period (a period's own value wins over its parts'); null removes it.",
          params: keyParams.extend({ period: z.string().min(1) }),
          body: manualValueBody,
        },
      },
      async (request) =>
        enterValue(
          contextOf(request),
          { kpi: request.params.key, period: request.params.period },
          request.body,
          "api",
        ),
    );

    app.get(
      "/api/kpis/:key/placements",
      {
        schema: {
          tags: ["kpis"],
          description: "The scorecards and objectives a KPI sits on.",
          params: keyParams,
        },
      },
      async (request) => listPlacements(contextOf(request), request.params.key),
    );
  };
}
