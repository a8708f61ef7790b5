import { exportScorecard } from "../services/scorecards.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";

/**
 * `export [--scorecard KEY]` (cli.md): writes the scorecard file to stdout (the only
 * scorecard when there is one and no key is given). With `--json` the same file as JSON,
 * which `apply` reads too.
 */
export const exportCommand: Command = {
  options: { scorecard: { type: "string" } },
  async run(values, _positionals, context) {
    const key = typeof values.scorecard === "string" ? values.scorecard : undefined;
    const text = await withOrganisation(context, (services) =>
      exportScorecard(services, key, context.json ? "json" : "yaml"),
    );
    context.print(text.endsWith("\n") ? text.slice(0, -1) : text);
  },
};
