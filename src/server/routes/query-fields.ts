import { z } from "zod";

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "is not a date that exists");

/** A grain a KPI can be computed at. */
export const grain = z.enum(["day", "week", "month", "quarter", "year"]);
