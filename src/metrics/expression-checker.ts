// Type-checks a parsed KPI expression against the sources' fields and turns it into the
// metric model. Every name is looked up in the catalogue, so only names Fourfold knows reach
// the compiler, and every literal stays a value (a query parameter), never SQL text.

import type { ExpressionNode } from "./expression-syntax.ts";
import type { ExpressionError, Position } from "./expression-tokens.ts";
import { article, FieldChecker, suggestion } from "./filter-checker.ts";
import type { Formula, Measure } from "./model.ts";
import { findSource, type MetricSource, sourceNames } from "./source-catalogue.ts";

/** The KPIs an expression may name, e.g. `ad_spend` in `ad_revenue / ad_spend`. */
export type KpiLookup = (key: string) => Formula | undefined;

interface Scope {
  latest: boolean;
  yearEarlier: boolean;
}

/** The formula of a parsed expression; every mistake found is in `errors`. */
export function checkExpression(
  node: ExpressionNode,
  kpis: KpiLookup,
  kpiKeys: readonly string[],
): { formula: Formula; errors: ExpressionError[] } {
  const checker = new Checker(kpis, kpiKeys);
  const formula = checker.formula(node, { latest: false, yearEarlier: false });
  return { formula, errors: checker.errors };
}

const placeholder: Formula = { kind: "number", value: 0 };

class Checker extends FieldChecker {
  readonly #kpis: KpiLookup;
  readonly #kpiKeys: readonly string[];

  constructor(kpis: KpiLookup, kpiKeys: readonly string[]) {
    super();
    this.#kpis = kpis;
    this.#kpiKeys = kpiKeys;
  }

  formula(node: ExpressionNode, scope: Scope): Formula {
    switch (node.kind) {
      case "number":
        return { kind: "number", value: node.value };
      case "negate":
        return { kind: "negate", operand: this.formula(node.operand, scope) };
      case "binary": {
        const [left, right] = [this.formula(node.left, scope), this.formula(node.right, scope)];
        return { kind: "binary", operator: node.operator, left, right };
      }
      case "kpi": {
        const formula = this.#kpis(node.name);
        if (formula) return this.#shifted(formula, scope, node.at) ?? placeholder;
        this.error(
          node.at,
          `unknown KPI \`${node.name}\`; ${suggestion(node.name, this.#kpiKeys, "KPIs")}`,
        );
        return placeholder;
      }
      case "aggregate": {
        const measure = this.#measure(node, scope);
        return measure ? { kind: "measure", measure, yearEarlier: scope.yearEarlier } : placeholder;
      }
      case "wrapper": {
        const flag = node.wrapper === "latest" ? "latest" : "yearEarlier";
        if (scope[flag]) {
          this.error(node.at, `${node.wrapper}(…) is already inside ${node.wrapper}(…)`);
          return placeholder;
        }
        return this.formula(node.argument, { ...scope, [flag]: true });
      }
    }
  }

  /** Another KPI's formula inside latest(…) or previous_year(…): each of its measures shifted. */
  #shifted(formula: Formula, scope: Scope, at: Position): Formula | undefined {
    switch (formula.kind) {
      case "number":
        return formula;
      case "measure":
        if (scope.yearEarlier && formula.yearEarlier) {
          return this.error(at, "previous_year(…) of a KPI that already looks a year back");
        }
        return {
          kind: "measure",
          measure: { ...formula.measure, latest: formula.measure.latest || scope.latest },
          yearEarlier: formula.yearEarlier || scope.yearEarlier,
        };
      case "negate": {
        const operand = this.#shifted(formula.operand, scope, at);
        return operand && { kind: "negate", operand };
      }
      case "binary": {
        const left = this.#shifted(formula.left, scope, at);
        const right = this.#shifted(formula.right, scope, at);
        return left && right && { ...formula, left, right };
      }
    }
  }

  #measure(
    node: Extract<ExpressionNode, { kind: "aggregate" }>,
    scope: Scope,
  ): Measure | undefined {
    const { aggregation, target } = node;
    const [sourceName = "", fieldName] = target.parts;
    const source = findSource(sourceName);
    if (!source) {
      return this.error(
        target.at,
        `unknown source \`${sourceName}\`; ${suggestion(sourceName, sourceNames, "sources")}`,
      );
    }
    if (fieldName === undefined && aggregation !== "count") {
      return this.error(
        target.at,
        `${aggregation} needs a field of ${source.name}, e.g. ${aggregation}(${source.name}.${exampleField(source, aggregation)})`,
      );
    }
    const field = fieldName === undefined ? undefined : this.field(source, target);
    if (fieldName !== undefined && !field) return undefined;
    if (field && ["sum", "mean", "min", "max"].includes(aggregation) && field.type !== "number") {
      return this.error(
        target.at,
        `${aggregation} needs a number, but \`${source.name}.${field.name}\` is ${article(field.type)}: use count(…) or count_distinct(…)`,
      );
    }
    const dateField = node.by ? this.dateField(source, node.by) : source.defaultDate;
    const filter = node.where ? this.condition(source, node.where) : undefined;
    if (!dateField || (node.where && !filter)) return undefined;
    return {
      source: source.name,
      aggregation,
      field: field?.name,
      filter,
      dateField,
      latest: scope.latest,
    };
  }
}

function exampleField(source: MetricSource, aggregation: string): string {
  const numbers = source.fields.filter((f) => f.type === "number");
  const fields = aggregation === "count_distinct" ? source.fields : numbers;
  return fields[0]?.name ?? "field";
}
