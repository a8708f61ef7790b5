/** The usage text `fourfold` prints for `--help` and with every usage error (exit 2). */
export const usage = `Usage: fourfold <command> [options]

Commands:
  init --name NAME --timezone TZ --currency CUR [--fiscal-year-start MONTH] [--locale en|da]
      Create the organisation in an empty database, or update its settings.
  import FILE… [--source NAME] [--mapping MAPPING.json]
      Import exports (Google Ads, Meta, HubSpot, NPS, launches, training, finance, or any
      CSV through a saved column mapping): all the files, or none of them if any row is bad.
  imports [show ID | undo ID]
      List the imports; show one; undo one (the rows become as if it had never been imported).
  kpis --grain day|week|month|quarter|year [--from PERIOD] [--to PERIOD] [--kpi KEY,…]
       [--define KEY=EXPRESSION]…
      The KPIs of the library (docs/kpis.md) whose sources hold data, per period; --define
      adds a custom KPI, e.g. --define 'spend=sum(google_ads.cost) + sum(meta_ads.amount_spent)'.
  campaigns [--from DATE] [--to DATE]
      Per campaign: spend, revenue, ROAS, impressions, clicks, conversions, CTR, CPC, CPA.
  apply FILE
      Apply a scorecard file (docs/scorecard-file.md): all of it, or with errors none of it.
  export [--scorecard KEY]
      Write the scorecard back as a file; applying the export changes nothing.
  scorecard [--scorecard KEY] --period PERIOD [--to-date | --as-of DATE | --whole-period]
            [--trend N]
      The evaluated scorecard: every KPI's actual, target, score and status, rolled up.
      --to-date counts through the earlier of yesterday (organisation's time zone) and the
      last day with data; a period whose data ends early is scored through its last day
      with data unless --whole-period; --trend N adds the N periods before.
  values set KPI PERIOD VALUE | values list [KPI]
      Enter (or, with VALUE none, remove) a value of a manual KPI; list them.

Options for every command:
  --db PATH   the DuckDB file to use (default: data/fourfold.duckdb, or FOURFOLD_DB);
              DATABASE_URL=postgres://… uses PostgreSQL instead
  --json      print the result as JSON on stdout
  --help      print this help

Exit status: 0 done, 1 the input was rejected (nothing was changed), 2 wrong usage.`;

/** Wrong usage of the command line: an unknown command or option, a missing value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
