import { addDays } from "../domain/calendar-date.ts";
import { InvalidInput } from "../domain/errors.ts";
import { wordingIn } from "../domain/scorecard.ts";
import type { ScorecardEvaluation, ScorecardNode } from "../domain/scorecard-evaluation.ts";
import type { Status } from "../domain/scoring.ts";
import { localDateOf } from "../domain/time-zone.ts";
import { scorecardKpiSources } from "../metrics/kpi-sources.ts";
import type { Organisation } from "../storage/organisations.ts";
import { evaluateStoredScorecard } from "../storage/scorecard-evaluations.ts";
import type { Command } from "./cli.ts";
import { withStorage } from "./context.ts";
import { requireOrganisation } from "./organisation.ts";

/**
 * `scorecard --scorecard KEY --period PERIOD [--to-date] [--as-of DATE] [--trend N] --json`
 * (cli.md): the evaluated tree. `--to-date` views the period up to yesterday in the
 * organisation's time zone (the last complete day of data), `--as-of DATE` up to DATE;
 * `--trend N` adds each node's scores in the N periods before.
 */
export const scorecardCommand: Command = {
  options: {
    scorecard: { type: "string" },
    period: { type: "string" },
    "to-date": { type: "boolean" },
    "as-of": { type: "string" },
    trend: { type: "string" },
  },
  async run(values, _positionals, context) {
    const period = typeof values.period === "string" ? values.period : undefined;
    if (period === undefined) {
      const message = "is required: the period to score, e.g. --period 2026-Q1, 2026-03 or 2026";
      throw new InvalidInput([{ path: "--period", message }]);
    }
    const { organisation, evaluation } = await withStorage(context, async (storage) => {
      const organisation = await requireOrganisation(storage);
      const evaluation = await evaluateStoredScorecard(
        storage.db,
        organisation,
        {
          scorecard: typeof values.scorecard === "string" ? values.scorecard : undefined,
          period,
          asOf: asOfOf(values, organisation),
          trend: trendOf(values.trend),
        },
        scorecardKpiSources(storage.db),
      );
      return { organisation, evaluation };
    });
    if (context.json) {
      context.print(JSON.stringify(evaluation));
      return;
    }
    for (const line of describeEvaluation(evaluation, organisation.locale)) context.print(line);
  },
};

function asOfOf(
  values: Record<string, string | boolean | undefined>,
  organisation: Organisation,
): string | undefined {
  if (typeof values["as-of"] === "string") return values["as-of"];
  if (values["to-date"] !== true) return undefined;
  // Today's data is still coming in: a to-date view counts the days that are complete.
  return addDays(localDateOf(new Date(), organisation.time_zone), -1);
}

function trendOf(value: string | boolean | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const message = `"${value}" is not a number of periods: use e.g. --trend 12`;
  throw new InvalidInput([{ path: "--trend", message }]);
}

const statusWords: Record<"en" | "da", Record<Status, string>> = {
  en: { green: "green", amber: "amber", red: "red", no_data: "no data" },
  da: { green: "grøn", amber: "gul", red: "rød", no_data: "ingen data" },
};

/** The tree, one node a line, indented by depth, each with its score, status and reason. */
function describeEvaluation(evaluation: ScorecardEvaluation, locale: "en" | "da"): string[] {
  const view = evaluation.through ? ` (to ${evaluation.through})` : "";
  const lines: string[] = [];
  const visit = (node: ScorecardNode, depth: number) => {
    const name = node.name === undefined ? node.key : wordingIn(node.name, locale);
    const score = node.score === null ? "–" : formatScore(node.score);
    const head = depth === 0 ? `${name}, ${evaluation.period}${view}` : name;
    const reason = node.explanation.reason;
    lines.push(
      `${"  ".repeat(depth)}${head}: ${score} ${statusWords[locale][node.status]} — ${reason}`,
    );
    if (node.kind !== "kpi") for (const child of node.children) visit(child, depth + 1);
  };
  visit(evaluation, 0);
  return lines;
}

function formatScore(score: number): string {
  return score.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
