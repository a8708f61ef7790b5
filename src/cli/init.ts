import { saveOrganisation } from "../services/organisation.ts";
import type { Command } from "./cli.ts";
import { withStorage } from "./context.ts";

/** `init`: creates the organisation in an empty database, or updates its settings. */
export const initCommand: Command = {
  options: {
    name: { type: "string" },
    timezone: { type: "string" },
    currency: { type: "string" },
    "fiscal-year-start": { type: "string" },
    locale: { type: "string" },
  },
  async run(values, _positionals, context) {
    const settings = {
      name: values.name,
      timeZone: values.timezone,
      currency: values.currency,
      fiscalYearStart: values["fiscal-year-start"],
      locale: values.locale,
    };
    const { organisation, created } = await withStorage(context, (storage) =>
      saveOrganisation(storage, settings),
    );
    if (context.json) {
      context.print(JSON.stringify({ organisation, created }));
      return;
    }
    context.print(
      `${created ? "Created" : "Updated"} the organisation ${organisation.name}: ` +
        `time zone ${organisation.time_zone}, currency ${organisation.currency}, ` +
        `fiscal year starting in month ${organisation.fiscal_year_start_month}, ` +
        `locale ${organisation.locale}.`,
    );
  },
};
