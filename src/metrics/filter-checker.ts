// The names and filters inside a measure (`sum(google_ads.cost where campaign = 'Brand')`),
// checked against the fields of the source the measure aggregates: every name must be one of
// its fields, and every literal of the kind of the field it is compared with.

import { checkDate } from "../domain/calendar-date.ts";
import { closestName } from "./closest-name.ts";
import type { ConditionNode, LiteralNode, NameNode } from "./expression-syntax.ts";
import { ExpressionError, type Position } from "./expression-tokens.ts";
import type { Condition, Literal } from "./model.ts";
import {
  type FieldType,
  findField,
  type MetricSource,
  type SourceField,
} from "./source-catalogue.ts";

/** "did you mean `x`?" when a known name is close, else the list of known names. */
export function suggestion(name: string, known: readonly string[], kind: string): string {
  const guess = closestName(name, known);
  return guess ? `did you mean \`${guess}\`?` : `the ${kind} are ${known.join(", ")}`;
}

/** Collects the mistakes of one expression; checks go on after one to find the others. */
export class FieldChecker {
  readonly errors: ExpressionError[] = [];

  error(at: Position, problem: string): undefined {
    this.errors.push(new ExpressionError(at, problem));
    return undefined;
  }

  /** The field a name (`cost`, or `google_ads.cost`) means in `source`. */
  field(source: MetricSource, name: NameNode): SourceField | undefined {
    const [first = "", second] = name.parts;
    const [sourceName, fieldName] = second === undefined ? [source.name, first] : [first, second];
    if (sourceName !== source.name) {
      return this.error(
        name.at,
        `\`${name.parts.join(".")}\` is not a field of ${source.name}: a measure only uses the fields of the source it aggregates`,
      );
    }
    const field = findField(source, fieldName);
    if (field) return field;
    const known = source.fields.map((f) => f.name);
    return this.error(
      name.at,
      `unknown field \`${name.parts.join(".")}\`; ${suggestion(fieldName, known, `fields of ${source.name}`)}`,
    );
  }

  dateField(source: MetricSource, name: NameNode): string | undefined {
    const field = this.field(source, name);
    if (!field) return undefined;
    if (field.type === "date" && !field.daysBetween) return field.name;
    const dates = source.fields.filter((f) => f.type === "date").map((f) => f.name);
    return this.error(
      name.at,
      `\`by\` takes a date of ${source.name} (${dates.join(", ")}), but \`${field.name}\` is ${article(field.type)}`,
    );
  }

  condition(source: MetricSource, node: ConditionNode): Condition | undefined {
    switch (node.kind) {
      case "and":
      case "or": {
        const left = this.condition(source, node.left);
        const right = this.condition(source, node.right);
        return left && right && { kind: node.kind, left, right };
      }
      case "not": {
        const condition = this.condition(source, node.condition);
        return condition && { kind: "not", condition };
      }
      case "is_null": {
        const field = this.field(source, node.field);
        return field && { kind: "is_null", field: field.name, negated: node.negated };
      }
      case "is_true": {
        const field = this.field(source, node.field);
        if (!field) return undefined;
        if (field.type === "boolean") {
          return { kind: "compare", field: field.name, operator: "=", value: true };
        }
        return this.error(
          node.field.at,
          `\`${field.name}\` is ${article(field.type)}, not true or false: compare it, e.g. ${field.name} = ${exampleLiteral(field.type)}`,
        );
      }
      case "compare": {
        const field = this.field(source, node.field);
        const value = field && this.#literal(field, node.value, node.operator);
        return value !== undefined && field
          ? { kind: "compare", field: field.name, operator: node.operator, value }
          : undefined;
      }
      case "compare_fields":
        return this.#fieldComparison(source, node);
      case "in": {
        const field = this.field(source, node.field);
        if (!field) return undefined;
        const values = node.values.map((literal) => this.#literal(field, literal, "="));
        if (values.some((value) => value === undefined)) return undefined;
        return {
          kind: "in",
          field: field.name,
          values: values as Literal[],
          negated: node.negated,
        };
      }
    }
  }

  #fieldComparison(
    source: MetricSource,
    node: Extract<ConditionNode, { kind: "compare_fields" }>,
  ): Condition | undefined {
    const field = this.field(source, node.field);
    const unknownOther = field && !findField(source, node.other.parts.at(-1) ?? "");
    if (field?.type === "text" && unknownOther && node.other.parts.length === 1) {
      return this.error(
        node.other.at,
        `unknown field \`${node.other.parts[0]}\` of ${source.name}; to compare with a text, put it in quotes: '${node.other.parts[0]}'`,
      );
    }
    const other = this.field(source, node.other);
    if (!field || !other) return undefined;
    if (field.type !== other.type) {
      return this.error(
        node.other.at,
        `\`${field.name}\` is ${article(field.type)} and \`${other.name}\` is ${article(other.type)}: compare fields of the same kind`,
      );
    }
    return {
      kind: "compare_fields",
      field: field.name,
      operator: node.operator,
      other: other.name,
    };
  }

  /** A literal compared with `field`, when it is of the field's kind. */
  #literal(field: SourceField, literal: LiteralNode, operator: string): Literal | undefined {
    const { value, at } = literal;
    const shown = typeof value === "string" ? `'${value}'` : String(value);
    const expected = `\`${field.name}\` is ${article(field.type)}: compare it with ${exampleLiteral(field.type)}, not ${shown}`;
    switch (field.type) {
      case "number":
        return typeof value === "number" ? value : this.error(at, expected);
      case "text":
        return typeof value === "string" ? value : this.error(at, expected);
      case "boolean":
        if (typeof value !== "boolean") return this.error(at, expected);
        if (operator !== "=" && operator !== "!=") {
          return this.error(at, `true and false are compared with = or !=, not ${operator}`);
        }
        return value;
      case "date":
        return typeof value === "string" && isDate(value) ? value : this.error(at, expected);
    }
  }
}

function isDate(text: string): boolean {
  try {
    checkDate(text);
    return true;
  } catch {
    return false;
  }
}

export function article(type: FieldType): string {
  return { number: "a number", text: "text", date: "a date", boolean: "true or false" }[type];
}

function exampleLiteral(type: FieldType): string {
  return {
    number: "a number",
    text: "'text in quotes'",
    date: "a date such as '2025-01-31'",
    boolean: "true or false",
  }[type];
}
