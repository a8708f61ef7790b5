// zod's issues, said the way a user fixes a scorecard file: at the field's path, what it
// must be and what it was (`perspectives[1].objectives[0].kpis[2].target: must be a number,
// not "four"`). Messages the schema sets itself (key formats, unions) are kept as they are.

import { z } from "zod";
import type { InputIssue } from "./errors.ts";
import { formatPath, type PathPart, valueAt } from "./scorecard-file-paths.ts";

type ZodIssue = z.core.$ZodIssue;

const kinds: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "a text",
  object: "a mapping of fields (name: value)",
  array: "a list",
  boolean: "true or false",
};

/** One issue per problem zod found in `input`, each at its path. */
export function shapeIssues(error: z.ZodError, input: unknown, schema: z.ZodType): InputIssue[] {
  return error.issues.flatMap((issue) => describeIssue(issue, input, schema));
}

function describeIssue(issue: ZodIssue, input: unknown, schema: z.ZodType): InputIssue[] {
  const parts = issue.path as PathPart[];
  const given = valueAt(input, parts);
  const at = (message: string, path = parts) => ({ path: formatPath(path), message });
  // A field the file lacks fails whatever it would have been checked for: say what is missing.
  if (given === undefined && issue.code !== "unrecognized_keys") return [at("is required")];
  switch (issue.code) {
    case "invalid_type":
      return [
        at(`must be ${kinds[issue.expected] ?? issue.expected}, not ${describeValue(given)}`),
      ];
    case "unrecognized_keys": {
      const fields = fieldsAt(schema, parts);
      const known = fields.length > 0 ? `; the fields here are ${fields.join(", ")}` : "";
      return issue.keys.map((field) =>
        at(`is not a field Fourfold knows here${known}`, [...parts, field]),
      );
    }
    case "invalid_value": {
      const choices = issue.values.map((value) => String(value));
      const expected = choices.length === 1 ? choices[0] : `one of ${choices.join(", ")}`;
      return [at(`must be ${expected}, not ${describeValue(given)}`)];
    }
    case "too_small":
    case "too_big":
      return [at(issue.message.startsWith("Too") ? sizeMessage(issue) : issue.message)];
    default:
      return [at(issue.message)];
  }
}

function sizeMessage(issue: ZodIssue & { code: "too_small" | "too_big" }): string {
  const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const side = issue.code === "too_small" ? "at least" : "at most";
  if (issue.origin === "string") return `must be ${side} ${limit} characters`;
  if (issue.origin === "array") return `must have ${side} ${limit} items`;
  return `must be ${side} ${limit}`;
}

/** `"four"`, `a list`, `a mapping`, `empty` (YAML's `~` or nothing after the colon). */
export function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value) ?? String(value);
}

/** The fields an object of the schema at `parts` accepts, for "the fields here are …". */
function fieldsAt(schema: z.ZodType, parts: readonly PathPart[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const part of parts) {
    current = current && childSchema(unwrap(current), part);
  }
  const object = current && unwrap(current);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function childSchema(schema: z.ZodType, part: PathPart): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof part === "string") {
    return (schema.shape as Record<string, z.ZodType>)[part];
  }
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}
