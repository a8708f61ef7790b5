// Measures' filters and fields as SQL. Field names come from the catalogue (the checker
// has matched the user's names against it), and every literal becomes a query parameter,
// so no text a user wrote reaches the SQL as text (issue 4, "Custom KPIs").

import { type RawBuilder, sql } from "kysely";
import type { Condition } from "./model.ts";
import { fieldOf, type MetricSource } from "./source-catalogue.ts";

/** Rows are read from the alias `t` in every metrics query. */
export function fieldSql(source: MetricSource, name: string): RawBuilder<unknown> {
  const field = fieldOf(source, name);
  if (field.daysBetween) {
    // date − date is a whole number of days in both engines.
    const { from, to } = field.daysBetween;
    return sql`(${sql.ref(`t.${fieldOf(source, to).name}`)} - ${sql.ref(`t.${fieldOf(source, from).name}`)})`;
  }
  return sql.ref(`t.${field.name}`);
}

const operators = {
  "=": sql`=`,
  "!=": sql`<>`,
  "<": sql`<`,
  "<=": sql`<=`,
  ">": sql`>`,
  ">=": sql`>=`,
} as const;

/**
 * A condition that is true or false, never null: a comparison with an empty value is false
 * (model.ts, Condition), so `not` and `case when` read it the same on both engines.
 */
export function conditionSql(source: MetricSource, condition: Condition): RawBuilder<boolean> {
  const field = (name: string) => fieldSql(source, name);
  switch (condition.kind) {
    case "compare":
      return sql`coalesce(${field(condition.field)} ${operators[condition.operator]} ${condition.value}, false)`;
    case "compare_fields":
      return sql`coalesce(${field(condition.field)} ${operators[condition.operator]} ${field(condition.other)}, false)`;
    case "in":
      return sql`coalesce(${field(condition.field)} ${condition.negated ? sql`not in` : sql`in`} (${sql.join(condition.values)}), false)`;
    case "is_null":
      return sql`(${field(condition.field)} ${condition.negated ? sql`is not null` : sql`is null`})`;
    case "and":
      return sql`(${conditionSql(source, condition.left)} and ${conditionSql(source, condition.right)})`;
    case "or":
      return sql`(${conditionSql(source, condition.left)} or ${conditionSql(source, condition.right)})`;
    case "not":
      return sql`(not ${conditionSql(source, condition.condition)})`;
  }
}
