import { InvalidInput } from "../domain/errors.ts";
import { enterValue, listEnteredValues } from "../services/kpis.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";
import { UsageError } from "./usage.ts";

/**
 * `values set KPI PERIOD VALUE`: the value of a manual KPI (brand awareness from a survey)
 * for a period; `none` as VALUE removes it. A negative value follows `--`, as in
 * `values set budget_gap 2026-01 -- -0.02`, or the shell's option parser takes it.
 * `values list [KPI]` prints the values entered.
 */
export const valuesCommand: Command = {
  options: {},
  positionals: { min: 1, max: 4, names: "set KPI PERIOD VALUE | list [KPI]" },
  async run(_values, positionals, context) {
    const [action, ...rest] = positionals;
    if (action === "set" && rest.length === 3)
      return setValue(rest as [string, string, string], context);
    if (action === "list" && rest.length <= 1) return listValues(rest[0], context);
    throw new UsageError("usage is `values set KPI PERIOD VALUE` or `values list [KPI]`");
  },
};

async function setValue(
  [kpi, period, text]: [string, string, string],
  context: Parameters<Command["run"]>[2],
): Promise<void> {
  const value = parseValue(text);
  const saved = await withOrganisation(context, (services) =>
    enterValue(services, { kpi, period }, { value }, "cli"),
  );
  if (context.json) {
    context.print(JSON.stringify({ kpi, period, value, ...saved }));
    return;
  }
  if (value === null) {
    context.print(
      saved.removed > 0
        ? `Removed the value of ${kpi} for ${period}.`
        : `${kpi} had no value for ${period}.`,
    );
    return;
  }
  const change = saved.unchanged > 0 ? "is already" : "is now";
  context.print(`${kpi} for ${period} ${change} ${value}.`);
}

async function listValues(
  kpi: string | undefined,
  context: Parameters<Command["run"]>[2],
): Promise<void> {
  const { values } = await withOrganisation(context, (services) =>
    listEnteredValues(services, kpi),
  );
  if (context.json) {
    context.print(JSON.stringify({ values }));
    return;
  }
  if (values.length === 0)
    context.print("No values entered yet: `fourfold values set KPI PERIOD VALUE` enters one.");
  for (const value of values) context.print(`${value.kpi}\t${value.period}\t${value.value}`);
}

/** A number written with a decimal point (`0.31`, `-2.5`, `1e6`), or `none`. */
function parseValue(text: string): number | null {
  if (text === "none") return null;
  const value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isFinite(value)) return value;
  const hint = /^-?\d+,\d+$/.test(text)
    ? `write the decimal with a point: ${text.replace(",", ".")}`
    : "give a number such as 0.31, or none to remove the value";
  throw new InvalidInput([{ path: "VALUE", message: `"${text}" is not a number: ${hint}` }]);
}
