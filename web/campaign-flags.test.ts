import { describe, expect, it } from "vitest";
import type { Campaign, KpiNode } from "./api/types.ts";
import { type CampaignTarget, flaggedCampaigns, flagsOf } from "./campaign-flags.ts";

function campaign(name: string, spend: number, revenue: number, clicks: number): Campaign {
  return {
    campaign: name,
    platform: "google_ads",
    spend,
    revenue,
    roas: spend > 0 ? revenue / spend : null,
    impressions: clicks * 30,
    clicks,
    conversions: clicks / 50,
    ctr: 1 / 30,
    cpc: clicks > 0 ? spend / clicks : null,
    cpa: clicks > 0 ? spend / (clicks / 50) : null,
    conversion_rate: 0.02,
    first_day: "2026-01-01",
    last_day: "2026-10-31",
    trend: [],
  };
}

const roasTarget: CampaignTarget = {
  field: "roas",
  target: 4,
  polarity: "higher",
  kpi: {} as KpiNode,
};

describe("the campaigns to act on", () => {
  it("flags a campaign with ROAS below 1 as losing money, with its loss", () => {
    const flags = flagsOf(campaign("Telte | Search", 86_875, 56_704, 18_362), [], 100);
    expect(flags).toEqual([{ kind: "loses_money", loss: 30_171 }]);
  });

  it("does not judge a campaign with fewer clicks than the minimum", () => {
    expect(flagsOf(campaign("One bad day", 500, 20, 40), [roasTarget], 100)).toEqual([]);
  });

  it("flags a profitable campaign that misses the scorecard's ROAS target", () => {
    const [flag] = flagsOf(campaign("Brand | Shopping", 44_452, 83_752, 24_854), [roasTarget], 100);
    expect(flag?.kind).toBe("misses_target");
  });

  it("lists the money-losing campaigns first, biggest loss first, then those missing a target", () => {
    const list = [
      campaign("Misses target", 1000, 2000, 500),
      campaign("Small loss", 1000, 900, 500),
      campaign("Big loss", 5000, 1000, 500),
      campaign("On target", 1000, 5000, 500),
    ];
    const names = flaggedCampaigns(list, [roasTarget], 100).map((f) => f.campaign.campaign);
    expect(names).toEqual(["Big loss", "Small loss", "Misses target"]);
  });
});
