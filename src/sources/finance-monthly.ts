// Monthly finance figures, kept in Danish Excel and saved as CSV: Windows-1252, `;`
// between cells, Danish headers and numbers (`2.209.684,09`).

import type { SourceAdapter } from "./source-adapter.ts";

export interface FinanceMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Exact decimals in the organisation's currency. */
  revenue: string;
  marketingBudget: string;
  marketingCost: string;
  marketSize: string;
}

type FinanceField = "month" | "revenue" | "marketingBudget" | "marketingCost" | "marketSize";

// Every figure is required: a month not known yet is left out, not left empty (an empty last
// cell is also what a file cut short after a `;` looks like).
export const financeMonthly: SourceAdapter<"finance", FinanceMonth, FinanceField> = {
  name: "finance_monthly",
  label: "monthly finance figures",
  kind: "finance",
  columns: [
    { field: "month", english: ["Month"], danish: ["Måned"], required: true },
    {
      field: "revenue",
      english: ["Revenue"],
      danish: ["Omsætning"],
      required: true,
      numeric: true,
    },
    {
      field: "marketingBudget",
      english: ["Marketing budget"],
      danish: ["Marketingbudget"],
      required: true,
      numeric: true,
    },
    {
      field: "marketingCost",
      english: ["Marketing cost", "Marketing costs"],
      danish: ["Marketingomkostninger"],
      required: true,
      numeric: true,
    },
    {
      field: "marketSize",
      english: ["Market size"],
      danish: ["Markedsstørrelse"],
      required: true,
      numeric: true,
    },
  ],
  naturalKey: ["month"],

  toRecord(row) {
    const record: FinanceMonth = {
      month: row.month("month"),
      revenue: row.decimal("revenue"),
      marketingBudget: row.decimal("marketingBudget"),
      marketingCost: row.decimal("marketingCost"),
      marketSize: row.decimal("marketSize"),
    };
    return row.failed ? undefined : record;
  },
};
