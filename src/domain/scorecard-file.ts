// Reading a scorecard file (scorecard-file.md): YAML text → the scorecard model, or every
// problem of its shape at its YAML path with the line and column it is on. What needs the
// library or the stored KPIs to judge is checked afterwards (scorecard-checks.ts), and its
// issues are given their lines by the same `locate`.

import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseAllDocuments,
} from "yaml";
import { type InputIssue, InvalidInput } from "./errors.ts";
import type { CustomKpi, ScorecardFile, ScorecardKpi } from "./scorecard.ts";
import { shapeIssues } from "./scorecard-file-issues.ts";
import { scorecardFileLimitIssue } from "./scorecard-file-limits.ts";
import { type PathPart, parsePath } from "./scorecard-file-paths.ts";
import { type ScorecardFileShape, scorecardFileSchema } from "./scorecard-file-schema.ts";

/** An issue of a file, with where it is when known (1-based line and column). */
export interface FileIssue extends InputIssue {
  line?: number;
  column?: number;
}

export interface ReadScorecardFile {
  file: ScorecardFile;
  /** `issues` with the line and column of their paths in the file. */
  locate(issues: readonly InputIssue[]): FileIssue[];
}

/**
 * The scorecard `text` holds; InvalidInput with every problem of its YAML or its shape, each
 * at its path and line. A file holds one scorecard (one YAML document); JSON is YAML too.
 */
export function readScorecardFile(text: string): ReadScorecardFile {
  const limit = scorecardFileLimitIssue(text);
  if (limit) throw new InvalidInput([limit]);
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  if (!Array.isArray(documents)) throw new InvalidInput([{ path: "file", message: "is empty" }]);
  const [document, second] = documents;
  if (!document) throw new InvalidInput([{ path: "file", message: "is empty" }]);
  // In the order of the file, so they read top to bottom like the file itself.
  const locate = (issues: readonly InputIssue[]): FileIssue[] =>
    issues
      .map((issue) => ({ ...issue, ...positionOf(document, lineCounter, issue.path) }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (second) {
    const start = lineCounter.linePos(second.range[0]);
    throw new InvalidInput([
      {
        path: "file",
        message: "holds more than one YAML document (---): put each scorecard in its own file",
        line: start.line,
        column: start.col,
      } as FileIssue,
    ]);
  }
  const syntax = document.errors.map((error): FileIssue => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { path: "file", message: error.message, line, column: col };
  });
  if (syntax.length > 0) throw new InvalidInput(syntax);
  const input: unknown = documentValue(document);
  const parsed = scorecardFileSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInput(locate(shapeIssues(parsed.error, input, scorecardFileSchema)));
  }
  return { file: scorecardFileOf(parsed.data), locate };
}

/** The model of a file whose shape was checked: only names change (`missing_data`). */
export function scorecardFileOf(shape: ScorecardFileShape): ScorecardFile {
  const { scorecard: header, perspectives, links } = shape;
  return {
    scorecard: {
      key: header.key,
      name: header.name,
      missingData: header.missing_data,
      cap: header.cap,
      thresholds: header.thresholds,
      rollUpThresholds: header.roll_up_thresholds,
      perspectives: perspectives.map((perspective) => ({
        ...perspective,
        objectives: perspective.objectives.map((objective) => ({
          ...objective,
          kpis: objective.kpis.map((kpi): ScorecardKpi => ({ ...kpi })),
        })),
      })),
      links,
    },
    kpis: shape.kpis.map(
      (kpi): CustomKpi => ({
        ...kpi,
        source: kpi.source ?? (kpi.expression === undefined ? "manual" : "expression"),
      }),
    ),
    values: shape.values,
  };
}

/**
 * Where `path` is in the document: the value's first character, or for a field the file
 * lacks, the mapping that should hold it; for a field Fourfold does not know, its name.
 */
function positionOf(
  document: Document.Parsed,
  lineCounter: LineCounter,
  path: string,
): { line?: number; column?: number } {
  const parts = parsePath(path);
  if (!parts) return {};
  let node: unknown = document.contents;
  for (const part of parts) {
    const next = childNode(node, part);
    if (next === undefined) break;
    node = next;
  }
  const range = isNode(node) ? node.range : undefined;
  if (!range) return {};
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

/** The node under `part`: a list item, or for a field its value (or its name when empty). */
function childNode(node: unknown, part: PathPart): unknown {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
    );
    if (!pair) return undefined;
    return isNode(pair.value) ? pair.value : pair.key;
  }
  if (isNode(node) && "items" in node && Array.isArray(node.items) && typeof part === "number") {
    return node.items[part] ?? undefined;
  }
  return undefined;
}

/** The value of `document`; InvalidInput when its aliases would expand it past yaml's limit. */
function documentValue(document: Document): unknown {
  try {
    return document.toJS();
  } catch (error) {
    // yaml refuses a "billion laughs" file (aliases of aliases) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    const message = "repeats aliases (*name) more than 100 times: write the values out instead";
    throw new InvalidInput([{ path: "file", message }]);
  }
}
