// The organisation's own KPIs (defined by scorecard files), manual values, and where a KPI
// sits: the parts of the KPI resources that live in the scorecard model.

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFound } from "../../domain/errors.ts";
import { findLibraryKpi } from "../../metrics/kpi-library.ts";
import { metricsLibrary } from "../../metrics/kpi-sources.ts";
import { listCustomKpis } from "../../storage/custom-kpis.ts";
import type { Storage } from "../../storage/database.ts";
import { enterManualValue, listManualValues } from "../../storage/manual-values.ts";
import { getScorecard, listScorecardKeys } from "../../storage/scorecards.ts";
import { contextOf } from "../context.ts";

const keyParams = z.object({ key: z.string().min(1) });

export function kpiExtraRoutes(storage: Storage): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/custom-kpis",
      {
        schema: {
          tags: ["kpis"],
          description: "The KPIs the organisation's scorecard files define beyond the library.",
        },
      },
      async (request) => {
        const kpis = await listCustomKpis(storage.db, contextOf(request).organisation.id);
        return { kpis: [...kpis.values()] };
      },
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
      async (request) => {
        const { organisation } = contextOf(request);
        await requireKnownKpi(storage, organisation.id, request.params.key);
        return {
          values: await listManualValues(storage.db, organisation.id, [request.params.key]),
        };
      },
    );

    app.put(
      "/api/kpis/:key/manual-values/:period",
      {
        schema: {
          tags: ["kpis"],
          description:
            "Enters a manual KPI's value for a period (a period's own value wins over its parts'); null removes it.",
          params: keyParams.extend({ period: z.string().min(1) }),
          body: z.object({ value: z.number().nullable() }).strict(),
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const { key, period } = request.params;
        return enterManualValue(
          storage.db,
          organisation,
          { kpi: key, period, value: request.body.value },
          metricsLibrary,
          "api",
        );
      },
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
      async (request) => {
        const { organisation } = contextOf(request);
        await requireKnownKpi(storage, organisation.id, request.params.key);
        const placements = [];
        for (const scorecardKey of await listScorecardKeys(storage.db, organisation.id)) {
          const scorecard = await getScorecard(storage.db, organisation.id, scorecardKey);
          for (const perspective of scorecard.perspectives) {
            for (const objective of perspective.objectives) {
              if (!objective.kpis.some((kpi) => kpi.kpi === request.params.key)) continue;
              placements.push({
                scorecard: { key: scorecard.key, name: scorecard.name },
                perspective: perspective.key,
                objective: { key: objective.key, name: objective.name },
              });
            }
          }
        }
        return { placements };
      },
    );
  };
}

async function requireKnownKpi(
  storage: Storage,
  organisationId: string,
  key: string,
): Promise<void> {
  if (findLibraryKpi(key)) return;
  const custom = await listCustomKpis(storage.db, organisationId);
  if (!custom.has(key)) throw new NotFound("KPI", key);
}
