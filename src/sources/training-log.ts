// Hours of training per employee per month, and whether the employee is certified. The
// month is a month (`2025-03`), not a date.

import type { SourceAdapter } from "./source-adapter.ts";

export interface TrainingMonth {
  /** `YYYY-MM`. */
  month: string;
  employeeId: string;
  /** Exact decimal, e.g. "8.7". */
  trainingHours: string;
  certified: boolean;
}

type TrainingField = "month" | "employeeId" | "trainingHours" | "certified";

export const trainingLog: SourceAdapter<"training", TrainingMonth, TrainingField> = {
  name: "training_log",
  label: "training log",
  kind: "training",
  columns: [
    { field: "month", english: ["month"], required: true },
    { field: "employeeId", english: ["employee_id"], required: true },
    { field: "trainingHours", english: ["training_hours"], required: true, numeric: true },
    { field: "certified", english: ["certified"], required: true },
  ],
  naturalKey: ["month", "employeeId"],

  toRecord(row) {
    const record: TrainingMonth = {
      month: row.month("month"),
      employeeId: row.text("employeeId"),
      trainingHours: row.decimal("trainingHours"),
      certified: row.yesNo("certified"),
    };
    return row.failed ? undefined : record;
  },
};
