// The last step of a KPI: its formula over the period's measures, in JavaScript. The
// measures are sums the database computed, so every ratio is a ratio of sums; an empty
// operand or a zero denominator gives null ("no value"), never 0 and never an error.

import type { Formula, Measure } from "./model.ts";

/** A measure's value in the period being evaluated (one year earlier when asked). */
export type MeasureValues = (measure: Measure, yearEarlier: boolean) => number | null;

export function evaluateFormula(formula: Formula, values: MeasureValues): number | null {
  switch (formula.kind) {
    case "number":
      return formula.value;
    case "measure":
      return values(formula.measure, formula.yearEarlier);
    case "negate": {
      const operand = evaluateFormula(formula.operand, values);
      return operand === null ? null : -operand;
    }
    case "binary": {
      const left = evaluateFormula(formula.left, values);
      const right = evaluateFormula(formula.right, values);
      if (left === null || right === null) return null;
      return finiteOrNull(apply(formula.operator, left, right));
    }
  }
}

function apply(operator: string, left: number, right: number): number {
  switch (operator) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    default:
      return right === 0 ? Number.NaN : left / right;
  }
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
