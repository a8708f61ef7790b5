import type { MultipartFile } from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { InvalidInput } from "../../domain/errors.ts";
import {
  getImport,
  type ImportFile,
  importExports,
  listImports,
  undoImport,
} from "../../services/imports.ts";
import { contextOf } from "../context.ts";

export function importRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/imports",
      { schema: { tags: ["imports"], description: "Every import, newest first." } },
      async (request) => listImports(contextOf(request)),
    );

    app.get(
      "/api/imports/:id",
      { schema: { tags: ["imports"], params: z.object({ id: z.string() }) } },
      async (request) => getImport(contextOf(request), request.params.id),
    );

    app.post(
      "/api/imports/:id/undo",
      {
        schema: {
          tags: ["imports"],
          description:
            "Leaves the rows as if the import had never been made, whichever imports came after it; 409 when it was already undone.",
          params: z.object({ id: z.string() }),
        },
      },
      async (request) => undoImport(contextOf(request), request.params.id),
    );

    app.post(
      "/api/imports",
      {
        schema: {
          tags: ["imports"],
          description:
            "Upload one or more export files as multipart/form-data (field `files`; optional field `source`). " +
            "All of them are imported or none: 422 lists the row errors.",
          consumes: ["multipart/form-data"],
        },
      },
      async (request, reply) => {
        const context = contextOf(request);
        if (
          !request.isMultipart() ||
          !/boundary=[^;\s]+/.test(request.headers["content-type"] ?? "")
        ) {
          throw new InvalidInput([
            { path: "body", message: "send the files as multipart/form-data, one part per file" },
          ]);
        }
        const files: ImportFile[] = [];
        let source: string | undefined;
        for await (const part of request.parts()) {
          if (part.type === "file") files.push(await bufferedFile(part));
          else if (part.fieldname === "source" && typeof part.value === "string")
            source = part.value;
        }
        const result = await importExports(context, files, { source });
        return reply.code(201).send(result);
      },
    );
  };
}

// A part's stream must be read before the next part arrives; an upload is held in memory
// (bounded by the multipart file-size limit set in app.ts).
async function bufferedFile(part: MultipartFile): Promise<ImportFile> {
  const bytes = new Uint8Array(await part.toBuffer());
  return { fileName: part.filename || part.fieldname, size: bytes.length, bytes };
}
