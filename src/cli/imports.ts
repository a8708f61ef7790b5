import { getImport, listImports, undoImport } from "../services/imports.ts";
import type { Command } from "./cli.ts";
import { withOrganisation } from "./context.ts";
import { UsageError } from "./usage.ts";

/** `imports` lists every import; `imports show ID`; `imports undo ID` leaves the rows as if it had never been made. */
export const importsCommand: Command = {
  options: {},
  positionals: { min: 0, max: 2, names: "[show ID | undo ID]" },
  async run(_values, [action, id], context) {
    if (action !== undefined && action !== "undo" && action !== "show") {
      throw new UsageError(
        `unknown action \`${action}\`: use \`imports\`, \`imports show ID\` or \`imports undo ID\``,
      );
    }
    if (action !== undefined && id === undefined)
      throw new UsageError(`\`imports ${action}\` needs the import's ID`);
    await withOrganisation(context, async (services) => {
      if (action === "undo" && id) {
        const { undone: batch } = await undoImport(services, id);
        if (context.json) context.print(JSON.stringify({ undone: batch }));
        else
          context.print(
            `Undid import ${batch.id} (${batch.file_name}): the rows are as if it had never been imported.`,
          );
        return;
      }
      if (action === "show" && id) {
        const batch = await getImport(services, id);
        context.print(JSON.stringify(batch, null, context.json ? undefined : 2));
        return;
      }
      const { imports: batches } = await listImports(services);
      if (context.json) {
        context.print(JSON.stringify({ imports: batches }));
        return;
      }
      if (batches.length === 0) context.print("No imports yet.");
      for (const batch of batches) {
        const state = batch.undone_at ? ` (undone ${batch.undone_at})` : "";
        context.print(
          `${batch.id}  ${batch.imported_at}  ${batch.file_name}  ${batch.source}  ` +
            `${batch.rows_read} rows: ${batch.inserted} inserted, ${batch.updated} updated, ${batch.unchanged} unchanged${state}`,
        );
      }
    });
  },
};
