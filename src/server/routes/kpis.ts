import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  getCustomerCohorts,
  getKpiValues,
  kpiValuesQuery,
  listLibraryKpis,
} from "../../services/kpis.ts";
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
      async (request) => getCustomerCohorts(contextOf(request), request.params.key),
    );
  };
}
