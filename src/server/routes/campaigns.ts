import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { campaignQuery, listCampaignsWithTrend } from "../../services/campaigns.ts";
import { contextOf } from "../context.ts";

export function campaignRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/campaigns",
      {
        schema: {
          tags: ["campaigns"],
          description:
            "Every campaign with spend, revenue, ROAS, CTR, CPC, CPA and conversion rate over the range " +
            "(all history without one), highest spend first, with its monthly trend.",
          querystring: campaignQuery,
        },
      },
      async (request) => listCampaignsWithTrend(contextOf(request), request.query),
    );
  };
}
