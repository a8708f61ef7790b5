// Which campaigns to act on: those that lose money (ROAS below 1: every krone spent brings
// back less) and those that miss the scorecard's target for what a campaign must earn (its
// ROAS or its CPA). CTR, CPC and conversion rate are not judged per campaign: they differ by
// the campaign's kind (brand search against prospecting) far more than by how well it is
// run, so a scorecard's overall target for them would flag most campaigns. Only campaigns
// with enough clicks to judge are flagged, so one bad day of a small campaign does not.

import type {
  Campaign,
  KpiNode,
  Polarity,
  ScorecardEvaluation,
  ScorecardNode,
} from "./api/types.ts";

/** The campaign fields judged against the scorecard, and the library KPI each one is. */
export const campaignKpis = {
  roas: "roas",
  cpa: "cpa",
} as const;

export type CampaignKpi = keyof typeof campaignKpis;

export interface CampaignTarget {
  field: CampaignKpi;
  target: number;
  polarity: Polarity;
  kpi: KpiNode;
}

export type Flag =
  | { kind: "loses_money"; loss: number }
  | { kind: "misses_target"; field: CampaignKpi; target: number; value: number; shortfall: number };

export interface FlaggedCampaign {
  campaign: Campaign;
  flags: Flag[];
}

export const defaultMinClicks = 100;

/** The targets the scorecard sets, in the period it was evaluated for, on campaign KPIs. */
export function campaignTargets(evaluation: ScorecardEvaluation | undefined): CampaignTarget[] {
  if (!evaluation) return [];
  const found = new Map<CampaignKpi, CampaignTarget>();
  const visit = (node: ScorecardNode) => {
    if (node.kind !== "kpi") return node.children.forEach(visit);
    const field = Object.keys(campaignKpis).find(
      (f) => campaignKpis[f as CampaignKpi] === node.key,
    );
    if (!field || node.target === null || found.has(field as CampaignKpi)) return;
    const polarity = node.explanation.polarity;
    if (polarity === "range") return;
    found.set(field as CampaignKpi, {
      field: field as CampaignKpi,
      target: node.target,
      polarity,
      kpi: node,
    });
  };
  visit(evaluation);
  return [...found.values()];
}

/** The flags of one campaign; none when it has fewer clicks than `minClicks`. */
export function flagsOf(campaign: Campaign, targets: CampaignTarget[], minClicks: number): Flag[] {
  if (campaign.clicks < minClicks) return [];
  const flags: Flag[] = [];
  if (campaign.spend > 0 && campaign.roas !== null && campaign.roas < 1) {
    flags.push({ kind: "loses_money", loss: campaign.spend - campaign.revenue });
  }
  for (const { field, target, polarity } of targets) {
    const value = campaign[field];
    if (value === null) continue;
    const misses = polarity === "higher" ? value < target : value > target;
    if (!misses) continue;
    // How far off, as a share of the target, to put the worst first.
    const shortfall = Math.abs(value - target) / Math.abs(target || 1);
    flags.push({ kind: "misses_target", field, target, value, shortfall });
  }
  return flags;
}

/**
 * The campaigns to act on, worst first: those losing money by the size of the loss, then
 * those only missing a target by how far they miss it.
 */
export function flaggedCampaigns(
  campaigns: Campaign[],
  targets: CampaignTarget[],
  minClicks: number,
): FlaggedCampaign[] {
  const flagged = campaigns
    .map((campaign) => ({ campaign, flags: flagsOf(campaign, targets, minClicks) }))
    .filter((c) => c.flags.length > 0);
  const loss = (c: FlaggedCampaign) => {
    const flag = c.flags.find((f) => f.kind === "loses_money");
    return flag?.kind === "loses_money" ? flag.loss : null;
  };
  const shortfall = (c: FlaggedCampaign) =>
    Math.max(0, ...c.flags.map((f) => (f.kind === "misses_target" ? f.shortfall : 0)));
  return flagged.sort((a, b) => {
    const [la, lb] = [loss(a), loss(b)];
    if (la !== null && lb !== null) return lb - la;
    if (la !== null) return -1;
    if (lb !== null) return 1;
    return shortfall(b) - shortfall(a);
  });
}
