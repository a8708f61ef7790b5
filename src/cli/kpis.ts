import { InvalidInput } from "../domain/errors.ts";
import { type Grain, grains } from "../domain/periods.ts";
import { formatKpiValue, formatNumber } from "../metrics/kpi-value-format.ts";
import { reportKpis } from "../services/kpis.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";
import { UsageError } from "./usage.ts";

/**
 * `kpis --grain month|quarter|year [--from PERIOD] [--to PERIOD] [--kpi KEY,…]
 * [--define KEY=EXPRESSION]… [--json]` (cli.md, `kpis`). `--grain` also takes day and week;
 * `--define` computes a custom KPI written in the expression language beside the library's.
 */
export const kpisCommand: Command = {
  options: {
    grain: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    kpi: { type: "string" },
    define: { type: "string", multiple: true },
  },
  async run(values, _positionals, context) {
    const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
    const kpis = text("kpi");
    const input = {
      grain: parseGrain(values.grain),
      from: text("from"),
      to: text("to"),
      kpis: kpis === undefined ? undefined : parseKeys(kpis),
      define: parseDefinitions(values.define),
    };
    const { organisation, report } = await withOrganisation(
      context,
      async (services) => ({
        organisation: services.organisation,
        report: await reportKpis(services, input),
      }),
      { from: "--from", to: "--to", kpi: "--kpi", define: "--define", grain: "--grain" },
    );
    if (context.json) {
      const kpis = Object.fromEntries(report.kpis.map((kpi) => [kpi.key, kpi.values]));
      context.print(JSON.stringify({ kpis }));
      return;
    }
    const language = organisation.locale;
    if (report.periods.length === 0) {
      context.print(
        language === "da"
          ? "Ingen data endnu: importér eksporter med `fourfold import`."
          : "No data yet: import exports with `fourfold import`.",
      );
      return;
    }
    const header = ["KPI", ...report.periods.map((p) => p.key)];
    const rows = report.kpis.map(({ key, kpi, values }) => [
      kpi ? kpi.name[language] : key,
      ...report.periods.map((period) => {
        const value = values[period.key] ?? null;
        if (kpi) return formatKpiValue(value, kpi.unit, language, organisation.currency);
        return value === null ? "–" : formatNumber(value, language, 4);
      }),
    ]);
    for (const line of formatTable([header, ...rows])) context.print(line);
  },
};

function parseGrain(value: string | boolean | undefined): Grain {
  if (typeof value === "string" && (grains as readonly string[]).includes(value)) {
    return value as Grain;
  }
  const given =
    typeof value === "string" ? `"${value}" is not a grain: ` : "`kpis` needs a grain: ";
  throw new UsageError(`${given}use --grain month, quarter or year (or day, week)`);
}

function parseKeys(text: string): string[] {
  const keys = text
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.length > 0) return keys;
  throw new InvalidInput([
    { path: "--kpi", message: "name at least one KPI, e.g. --kpi roas,cpc" },
  ]);
}

/** `--define paid_leads=count(hubspot_contacts where original_source = 'Paid Search')`. */
function parseDefinitions(definitions: unknown) {
  const texts = Array.isArray(definitions) ? (definitions as string[]) : [];
  return texts.map((text) => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(text);
    if (!match) {
      throw new InvalidInput([
        {
          path: "--define",
          message: `"${text}" is not a definition: write KEY=EXPRESSION, e.g. paid_clicks=sum(google_ads.clicks)`,
        },
      ]);
    }
    const [, key = "", expression = ""] = match;
    return { key, expression };
  });
}

/** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const padding = " ".repeat((widths[i] ?? 0) - [...cell].length);
        return i === 0 ? cell + padding : padding + cell;
      })
      .join("  ")
      .trimEnd(),
  );
}
