// Input to a use case is checked with the zod schema the API publishes for it, whichever
// face it came through: the same field gets the same name and the same message.

import { z } from "zod";
import { checkDate } from "../domain/calendar-date.ts";
import { InvalidInput } from "../domain/errors.ts";

/** The value `schema` reads from `input`; InvalidInput naming each bad field otherwise. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidInput(
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join(".") || "input",
      message: issue.message,
    })),
  );
}

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 does not), said as checkDate says it. */
export const isoDate = z.string().superRefine((text, context) => {
  try {
    checkDate(text);
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    for (const issue of error.issues) context.addIssue({ code: "custom", message: issue.message });
  }
});

/** A yes/no switch: a JSON boolean, or `true`/`false` in an address. */
export const flag = z.union([z.boolean(), z.enum(["true", "false"])]);

export function isOn(value: z.infer<typeof flag> | undefined): boolean {
  return value === true || value === "true";
}

/** A grain a KPI can be computed at. */
export const grain = z.enum(["day", "week", "month", "quarter", "year"]);
