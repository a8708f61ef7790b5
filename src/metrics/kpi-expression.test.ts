import { describe, expect, it } from "vitest";
import { InvalidInput } from "../domain/errors.ts";
import { parseCustomKpiFormula } from "./kpi-library.ts";

/** The messages a user sees for an expression, or [] when it is accepted. */
function problems(expression: string): string[] {
  try {
    parseCustomKpiFormula(expression, "kpis[0].expression");
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
}

describe("writing a custom KPI", () => {
  it("turns a sum of two sources into a formula over two measures", () => {
    expect(parseCustomKpiFormula("sum(google_ads.cost) + sum(meta_ads.amount_spent)")).toEqual({
      kind: "binary",
      operator: "+",
      left: {
        kind: "measure",
        measure: {
          source: "google_ads",
          aggregation: "sum",
          field: "cost",
          filter: undefined,
          dateField: "day",
          latest: false,
        },
        yearEarlier: false,
      },
      right: {
        kind: "measure",
        measure: {
          source: "meta_ads",
          aggregation: "sum",
          field: "amount_spent",
          filter: undefined,
          dateField: "day",
          latest: false,
        },
        yearEarlier: false,
      },
    });
  });

  it("keeps a filter's text as a value, quotes and all, never as SQL", () => {
    const formula = parseCustomKpiFormula(
      "count(hubspot_contacts where original_source = 'Paid''); drop table organisation; --')",
    );
    expect(formula).toMatchObject({
      measure: {
        filter: {
          kind: "compare",
          field: "original_source",
          operator: "=",
          value: "Paid'); drop table organisation; --",
        },
      },
    });
  });

  it("buckets a count by another date of the source with `by`", () => {
    const formula = parseCustomKpiFormula(
      "count(hubspot_contacts by became_customer_date where original_source in ('Paid Search', 'Paid Social'))",
    );
    expect(formula).toMatchObject({
      measure: {
        dateField: "became_customer_date",
        filter: { kind: "in", values: ["Paid Search", "Paid Social"], negated: false },
      },
    });
  });

  it("reads `and` before `or`, as in SQL", () => {
    const formula = parseCustomKpiFormula(
      "count(nps_responses where score >= 9 or score <= 6 and comment is not null)",
    );
    expect(formula).toMatchObject({
      measure: { filter: { kind: "or", right: { kind: "and" } } },
    });
  });

  it("reads * and / before + and -, and a leading minus", () => {
    const formula = parseCustomKpiFormula("-1 + 2 * 3");
    expect(formula).toEqual({
      kind: "binary",
      operator: "+",
      left: { kind: "negate", operand: { kind: "number", value: 1 } },
      right: {
        kind: "binary",
        operator: "*",
        left: { kind: "number", value: 2 },
        right: { kind: "number", value: 3 },
      },
    });
  });

  it("uses a library KPI by key, one year earlier inside previous_year", () => {
    const formula = parseCustomKpiFormula("revenue / previous_year(revenue)");
    expect(formula).toMatchObject({
      left: { kind: "measure", yearEarlier: false, measure: { source: "finance_monthly" } },
      right: { kind: "measure", yearEarlier: true, measure: { source: "finance_monthly" } },
    });
  });

  it("points at an unknown field and suggests the field meant", () => {
    expect(problems("sum(meta_ads.amount_spent) + sum(google_ads.costs)")).toEqual([
      "kpis[0].expression: column 34: unknown field `google_ads.costs`; did you mean `cost`?",
    ]);
  });

  it("points at an unknown source and suggests the source meant", () => {
    expect(problems("count(hubspot_contact)")).toEqual([
      "kpis[0].expression: column 7: unknown source `hubspot_contact`; did you mean `hubspot_contacts`?",
    ]);
  });

  it("points at an unknown function and an unknown KPI", () => {
    expect(problems("summ(google_ads.cost)")).toEqual([
      "kpis[0].expression: column 1: unknown function `summ`; did you mean `sum`?",
    ]);
    expect(problems("ad_revenue / ad_spnd")).toEqual([
      "kpis[0].expression: column 14: unknown KPI `ad_spnd`; did you mean `ad_spend`?",
    ]);
  });

  it("reports every mistake of the expression, each at its column", () => {
    expect(problems("sum(google_ads.costs) / count(nps_responses where scor > 8)")).toEqual([
      "kpis[0].expression: column 5: unknown field `google_ads.costs`; did you mean `cost`?",
      "kpis[0].expression: column 51: unknown field `scor`; did you mean `score`?",
    ]);
  });

  it("rejects a sum of text, saying what to use instead", () => {
    expect(problems("sum(hubspot_contacts.original_source)")).toEqual([
      "kpis[0].expression: column 5: sum needs a number, but `hubspot_contacts.original_source` is text: use count(…) or count_distinct(…)",
    ]);
  });

  it("rejects comparing a number field with text", () => {
    expect(problems("count(nps_responses where score >= 'nine')")).toEqual([
      "kpis[0].expression: column 36: `score` is a number: compare it with a number, not 'nine'",
    ]);
  });

  it("rejects a date that is not a date, and a field of another source in a filter", () => {
    expect(problems("count(nps_responses where day > '2025-02-30')")).toEqual([
      "kpis[0].expression: column 33: `day` is a date: compare it with a date such as '2025-01-31', not '2025-02-30'",
    ]);
    expect(problems("count(nps_responses where google_ads.cost > 1)")).toEqual([
      "kpis[0].expression: column 27: `google_ads.cost` is not a field of nps_responses: a measure only uses the fields of the source it aggregates",
    ]);
  });

  it("says to quote text that was written as a name", () => {
    expect(problems("count(hubspot_contacts where original_source = Referrals)")).toEqual([
      "kpis[0].expression: column 48: unknown field `Referrals` of hubspot_contacts; to compare with a text, put it in quotes: 'Referrals'",
    ]);
  });

  it("rejects `by` with a field that is not a date", () => {
    expect(problems("count(hubspot_contacts by original_source)")).toEqual([
      "kpis[0].expression: column 27: `by` takes a date of hubspot_contacts (create_date, became_mql_date, became_sql_date, became_customer_date), but `original_source` is text",
    ]);
  });

  it("asks for an aggregate around a bare field", () => {
    expect(problems("google_ads.cost / 2")).toEqual([
      "kpis[0].expression: column 1: `google_ads.cost` is a field: aggregate it, e.g. sum(google_ads.cost), mean(google_ads.cost) or count(google_ads)",
    ]);
  });

  it("points at a missing closing parenthesis and at a stray operator", () => {
    expect(problems("sum(google_ads.cost")).toEqual([
      "kpis[0].expression: column 20: expected `)` to close `sum(` (or `where`, `by`), found the end of the expression",
    ]);
    expect(problems("ad_spend +* 2")).toEqual([
      "kpis[0].expression: column 11: expected a number, a KPI, a measure such as sum(…) or `(`, found `*`",
    ]);
  });

  it("points at an unclosed text and an unexpected character", () => {
    expect(problems("count(hubspot_contacts where original_source = 'Paid)")).toEqual([
      "kpis[0].expression: column 48: this text has no closing quote `'`",
    ]);
    expect(problems("ad_spend ; 2")).toEqual([
      "kpis[0].expression: column 10: unexpected character `;`",
    ]);
  });

  it("gives the line as well as the column in an expression of several lines", () => {
    expect(problems("ad_revenue\n  / sum(google_ads.cots)")).toEqual([
      "kpis[0].expression: line 2, column 9: unknown field `google_ads.cots`; did you mean `cost`?",
    ]);
  });

  it("rejects previous_year inside previous_year", () => {
    expect(problems("previous_year(previous_year(revenue))")).toEqual([
      "kpis[0].expression: column 15: previous_year(…) is already inside previous_year(…)",
    ]);
  });
});

describe("a formula too long or too deep to read", () => {
  const tooLong =
    "kpis[0].expression: column 10001: the expression is longer than 10000 characters: split it into KPIs that name one another";
  const tooDeep = (column: number) =>
    `kpis[0].expression: column ${column}: the expression nests more than 100 levels of operators, parentheses and functions: split it into KPIs that name one another`;

  it("refuses `1+1+…` 64 KB long at the first character past 10,000", () => {
    expect(problems("1+".repeat(32 * 1024).concat("1"))).toEqual([tooLong]);
  });

  it("refuses a formula of 1 MiB at the first character past 10,000", () => {
    expect(problems("sum(google_ads.cost) + ".repeat(45_591).concat("1"))).toEqual([tooLong]);
  });

  it("refuses parentheses 5,000 deep, which do not fit in 10,000 characters", () => {
    expect(problems(`${"(".repeat(5000)}1${")".repeat(5000)}`)).toEqual([tooLong]);
  });

  it("refuses parentheses 4,000 deep at the 101st", () => {
    expect(problems(`${"(".repeat(4000)}1${")".repeat(4000)}`)).toEqual([tooDeep(101)]);
  });

  it("counts each operator of a chain as a level: 100 additions are read, the 101st is refused", () => {
    expect(problems("1".concat("+1".repeat(100)))).toEqual([]);
    // `1+1+…`: the 101st `+` is the 202nd character.
    expect(problems("1".concat("+1".repeat(101)))).toEqual([tooDeep(202)]);
  });

  it("counts `and` and `not` inside a filter as levels", () => {
    const where = "original_source = 'Paid Search'".concat(" and not paid".repeat(120));
    const [problem] = problems(`count(hubspot_contacts where ${where})`);
    expect(problem).toMatch(
      /^kpis\[0\]\.expression: column \d+: the expression nests more than 100 levels/,
    );
  });

  it("reads a formula of exactly 10,000 characters", () => {
    const spaces = " ".repeat(10_000 - "1 + 1".length);
    expect(problems(`1 + 1${spaces}`)).toEqual([]);
  });
});
