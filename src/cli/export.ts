import { fileShapeOf } from "../domain/scorecard-file-export.ts";
import { exportScorecardFile, scorecardFileOfStored } from "../storage/scorecard-files.ts";
import type { Command } from "./cli.ts";
import { withStorage } from "./context.ts";
import { requireOrganisation } from "./organisation.ts";

/**
 * `export [--scorecard KEY]` (cli.md): writes the scorecard file to stdout (the only
 * scorecard when there is one and no key is given). With `--json` the same file as JSON,
 * which `apply` reads too.
 */
export const exportCommand: Command = {
  options: { scorecard: { type: "string" } },
  async run(values, _positionals, context) {
    const key = typeof values.scorecard === "string" ? values.scorecard : undefined;
    const text = await withStorage(context, async (storage) => {
      const organisation = await requireOrganisation(storage);
      if (!context.json) return exportScorecardFile(storage.db, organisation, key);
      return JSON.stringify(
        fileShapeOf(await scorecardFileOfStored(storage.db, organisation, key)),
      );
    });
    context.print(text.endsWith("\n") ? text.slice(0, -1) : text);
  },
};
