// The shape of a scorecard file (scorecard-file.md), as one zod schema: the CLI's `apply`,
// the API and the published JSON Schema (docs/scorecard-file.schema.json) all come from it.
// It checks shape only; what needs the rest of the file or the library to judge (a KPI that
// exists, a link that closes a cycle, a target a ratio cannot score) is scorecard-checks.ts.

import { z } from "zod";
import { kpiUnits, perspectiveKeys } from "./scorecard.ts";

// A decimal(38,10) column holds 28 digits before the point; this leaves room to add up.
const LARGEST = 1e18;
/** What a number on a scorecard (a target, a weight, a manual value) must be. */
export const NUMBER_SIZE_RULE = "must be smaller than 10^18 in size";

/** Whether `n` fits the scorecard tables with room to add up. */
export function isScorecardSized(n: number): boolean {
  return Math.abs(n) < LARGEST;
}

const number = () => z.number().refine(isScorecardSized, { error: NUMBER_SIZE_RULE });

/** Keys are written in files, URLs and commands: lowercase words joined by `-` or `_`. */
export const keyPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const key = (example: string) =>
  z
    .string()
    .max(64, { error: "must be at most 64 characters" })
    .regex(keyPattern, {
      error: `must be a key of lowercase letters and digits joined by - or _, e.g. ${example}`,
    });

const wording = z
  .union(
    [
      z.string().min(1, { error: "must not be empty" }),
      z.strictObject({ en: z.string().min(1), da: z.string().min(1) }),
    ],
    { error: "must be a text, or { en: …, da: … } with a text in each language" },
  )
  .meta({ id: "Wording", description: "One text for both languages, or { en, da }." });

const thresholds = z.strictObject({ green: number(), amber: number() }).meta({
  id: "Thresholds",
  description: "Status thresholds: green from `green`, amber from `amber`.",
});

const interval = z.tuple([number(), number()], {
  error: "must be a pair [low, high] of numbers",
});

const bands = z.union(
  [
    z.strictObject({ green: number(), amber: number() }),
    z.strictObject({ green: interval, amber: interval }),
  ],
  {
    error:
      "must be { green: n, amber: n }, or with polarity range { green: [low, high], amber: [low, high] }",
  },
);

const polarity = z.enum(["higher", "lower", "range"]);

const scorecardKpi = z
  .strictObject({
    kpi: key("roas").meta({ description: "A KPI of the library or of this file's `kpis`." }),
    method: z.enum(["linear", "ratio", "range", "bands"]).optional(),
    polarity: polarity.optional().meta({ description: "Overrides the KPI's own polarity." }),
    baseline: number().optional().meta({ description: "The value that scores 0 (linear)." }),
    range: interval.optional().meta({ description: "[low, high]: best inside (method range)." }),
    tolerance: number().optional(),
    bands: bands.optional(),
    cap: number()
      .optional()
      .meta({ description: "Over-achievement credited up to this progress." }),
    thresholds: thresholds.optional(),
    weight: number().optional(),
    target: number().optional().meta({ description: "The same target in every period." }),
    targets: z
      .record(z.string(), number())
      .optional()
      .meta({ description: "Targets by period key, phased down to shorter periods." }),
    phasing: z
      .enum(["linear", "seasonal"])
      .optional()
      .meta({ description: "How a flow KPI's target is split: by days, or by last year." }),
  })
  .meta({
    id: "ScorecardKpi",
    description: "A KPI on an objective, with how it is scored and its targets.",
  });

const objective = z
  .strictObject({
    key: key("grow-revenue"),
    name: wording,
    description: wording.optional(),
    owner: z.string().optional(),
    weight: number().optional(),
    kpis: z.array(scorecardKpi).default([]),
  })
  .meta({ id: "Objective" });

const perspective = z
  .strictObject({
    key: z.enum(perspectiveKeys),
    name: wording.optional().meta({ description: "Renames the perspective." }),
    weight: number().optional(),
    objectives: z.array(objective).default([]),
  })
  .meta({ id: "Perspective" });

const link = z
  .strictObject({ from: key("skilled-team"), to: key("launch-on-time") })
  .meta({ id: "Link", description: "Cause → effect between two objectives of this scorecard." });

const customKpi = z
  .strictObject({
    key: key("brand_awareness"),
    name: wording,
    unit: z.enum(kpiUnits),
    polarity,
    kind: z.enum(["flow", "level"]).meta({
      description: "flow: adds up over time; level: a rate, average or snapshot.",
    }),
    source: z.enum(["manual", "expression"]).optional().meta({
      description: "manual: values entered by hand; expression: computed from imports.",
    }),
    expression: z.string().min(1).optional(),
  })
  .meta({ id: "CustomKpi", description: "A KPI this scorecard defines beyond the library." });

const period = z
  .union([z.string(), z.int()], { error: "must be a period such as 2026-Q1" })
  .transform(String);

const manualValue = z
  .strictObject({ kpi: key("brand_awareness"), period, value: number().nullable() })
  .meta({
    id: "ManualValue",
    description: "A value of a manual KPI; null removes the stored value.",
  });

export const scorecardFileSchema = z
  .strictObject({
    version: z.literal(1),
    scorecard: z.strictObject({
      key: key("marketing-2026"),
      name: wording,
      missing_data: z.enum(["skip", "zero"]).optional(),
      cap: number().optional(),
      thresholds: thresholds.optional().meta({ description: "KPI progress thresholds." }),
      roll_up_thresholds: thresholds
        .optional()
        .meta({ description: "Objective, perspective and scorecard thresholds, in points." }),
    }),
    perspectives: z.array(perspective),
    links: z.array(link).default([]),
    kpis: z.array(customKpi).default([]),
    values: z.array(manualValue).default([]),
  })
  .meta({
    title: "Fourfold scorecard file",
    description: "A balanced scorecard as a file (scorecard-file.md).",
  });

/** A scorecard file as written, after its shape was checked. */
export type ScorecardFileShape = z.output<typeof scorecardFileSchema>;

/** The JSON Schema of the file, for editors and other tools (docs/scorecard-file.schema.json). */
export function scorecardFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scorecardFileSchema, {
    io: "input",
    target: "draft-2020-12",
  });
}
