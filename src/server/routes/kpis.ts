import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFound } from "../../domain/errors.ts";
import { parsePeriod } from "../../domain/periods.ts";
import { COHORT_KPIS, COHORT_MONTHS, customerCohorts } from "../../metrics/cohorts.ts";
import { canBreakDown, computeKpis } from "../../metrics/compute-kpis.ts";
import { findLibraryKpi, kpiLibrary } from "../../metrics/kpi-library.ts";
import type { Kpi } from "../../metrics/model.ts";
import { type Dimension, dimensions } from "../../metrics/source-catalogue.ts";
import type { Storage } from "../../storage/database.ts";
import { fiscalCalendarOfOrganisation } from "../../storage/organisations.ts";
import { contextOf } from "../context.ts";
import { grain } from "./query-fields.ts";

/** What a client needs to show and explain a KPI. */
function describeKpi(kpi: Kpi, source: "library" | "custom") {
  return {
    key: kpi.key,
    name: kpi.name,
    description: kpi.description,
    unit: kpi.unit,
    polarity: kpi.polarity,
    kind: kpi.kind,
    perspective: kpi.perspective,
    expression: kpi.expression,
    source,
    breakdowns: dimensions.filter((dimension) => canBreakDown(kpi.formula, [dimension])),
  };
}

const valuesQuery = z.object({
  grain: grain.default("month"),
  from: z.string().optional(),
  to: z.string().optional(),
  breakdown: z.enum(dimensions as [Dimension, ...Dimension[]]).optional(),
});

export function kpiRoutes(storage: Storage): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/kpis",
      {
        schema: {
          tags: ["kpis"],
          description: "The KPI library (docs/kpis.md), in both languages.",
        },
      },
      async () => ({ kpis: kpiLibrary.map((kpi) => describeKpi(kpi, "library")) }),
    );

    app.get(
      "/api/kpis/:key/values",
      {
        schema: {
          tags: ["kpis"],
          description:
            "A KPI's value per period (null: no value), optionally broken down by a dimension its sources have.",
          params: z.object({ key: z.string() }),
          querystring: valuesQuery,
        },
      },
      async (request) => {
        const { organisation } = contextOf(request);
        const fiscal = fiscalCalendarOfOrganisation(organisation);
        const kpi = findLibraryKpi(request.params.key);
        if (!kpi) throw new NotFound("KPI", request.params.key);
        const { from, to, breakdown } = request.query;
        const range = {
          from: from ? parsePeriod(from, fiscal, "from").start : "0001-01-01",
          to: to ? parsePeriod(to, fiscal, "to").end : "9999-12-31",
        };
        const table = await computeKpis(storage.db, {
          organisationId: organisation.id,
          fiscal,
          bucketing: request.query.grain,
          range: from || to ? range : undefined,
          kpis: [kpi],
          breakdown: breakdown ? [breakdown] : undefined,
        });
        if (!breakdown) {
          return {
            kpi: kpi.key,
            grain: request.query.grain,
            values: Object.fromEntries(
              table.rows.map((row) => [row.period, row.values[kpi.key] ?? null]),
            ),
          };
        }
        const values: Record<string, Record<string, number | null>> = {};
        for (const row of table.rows) {
          const cell = values[row.period] ?? {};
          cell[String(row.dimensions[0] ?? "")] = row.values[kpi.key] ?? null;
          values[row.period] = cell;
        }
        return { kpi: kpi.key, grain: request.query.grain, breakdown, values };
      },
    );

    app.get(
      "/api/kpis/:key/cohorts",
      {
        schema: {
          tags: ["kpis"],
          description:
            "For a customer KPI (customer_lifetime_value_12m, repeat_customer_rate, new_shop_customers): " +
            "the shop's customers by the month of their first order, and what each cohort spent in that " +
            "month and the eleven after.",
          params: z.object({ key: z.string() }),
        },
      },
      async (request) => {
        if (!COHORT_KPIS.includes(request.params.key))
          throw new NotFound("cohort KPI", request.params.key);
        const { organisation } = contextOf(request);
        const cohorts = await customerCohorts(storage.db, organisation.id);
        return { kpi: request.params.key, months: COHORT_MONTHS, cohorts };
      },
    );
  };
}
