import { wordingIn } from "../domain/scorecard.ts";
import type { ScorecardEvaluation, ScorecardNode } from "../domain/scorecard-evaluation.ts";
import type { Status } from "../domain/scoring.ts";
import { evaluateScorecard } from "../services/evaluation.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";

/**
 * `scorecard --scorecard KEY --period PERIOD [--to-date] [--as-of DATE] [--whole-period]
 * [--trend N] --json` (cli.md): the evaluated tree. Which days count is the services'
 * rule (services/evaluation.ts): `--to-date` through the earlier of yesterday and the
 * last day with data, `--as-of DATE` through DATE; a period whose data ends early through
 * its last day with data unless `--whole-period`. `--trend N` adds the N periods before.
 */
export const scorecardCommand: Command = {
  options: {
    scorecard: { type: "string" },
    period: { type: "string" },
    "to-date": { type: "boolean" },
    "as-of": { type: "string" },
    "whole-period": { type: "boolean" },
    trend: { type: "string" },
  },
  async run(values, _positionals, context) {
    const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
    const { organisation, evaluation } = await withOrganisation(
      context,
      async (services) => ({
        organisation: services.organisation,
        evaluation: await evaluateScorecard(services, text("scorecard"), {
          period: text("period") as string,
          toDate: values["to-date"] === true,
          asOf: text("as-of"),
          whole: values["whole-period"] === true,
          trend: text("trend"),
        }),
      }),
      optionNames,
    );
    if (context.json) {
      context.print(JSON.stringify(evaluation));
      return;
    }
    for (const line of describeEvaluation(evaluation, organisation.locale)) context.print(line);
  },
};

const optionNames = {
  period: "--period",
  toDate: "--to-date",
  asOf: "--as-of",
  whole: "--whole-period",
  trend: "--trend",
};

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
