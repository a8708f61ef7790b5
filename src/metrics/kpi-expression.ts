// KPI expressions, e.g. `sum(google_ads.cost) + sum(meta_ads.amount_spent)` or
// `count(hubspot_contacts where original_source = 'Paid Search')`: parsed, type-checked
// against the sources' fields, and turned into a formula of the metric model. Every error
// points at the place to fix: "column 17: unknown field `google_ads.costs`; did you mean `cost`?".

import { InvalidInput } from "../domain/errors.ts";
import { checkExpression, type KpiLookup } from "./expression-checker.ts";
import { parseExpression } from "./expression-parser.ts";
import { ExpressionError } from "./expression-tokens.ts";
import type { Formula } from "./model.ts";

export type { KpiLookup };

export interface ExpressionContext {
  /** The KPIs the expression may name, and their keys for "did you mean" suggestions. */
  kpis: KpiLookup;
  kpiKeys: readonly string[];
  /** Where the expression was given, for the error's path (e.g. `kpis[0].expression`). */
  path?: string | undefined;
}

/** The formula of `text`; InvalidInput with one issue per mistake, each at its column. */
export function parseKpiFormula(text: string, context: ExpressionContext): Formula {
  const path = context.path ?? "expression";
  const multiline = text.includes("\n");
  const issue = (error: ExpressionError) => ({
    path,
    message: `${multiline ? `line ${error.position.line}, ` : ""}column ${error.position.column}: ${error.problem}`,
  });
  let errors: ExpressionError[];
  let formula: Formula | undefined;
  try {
    ({ formula, errors } = checkExpression(parseExpression(text), context.kpis, context.kpiKeys));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    errors = [error];
  }
  if (errors.length > 0 || !formula) throw new InvalidInput(errors.map(issue));
  return formula;
}
