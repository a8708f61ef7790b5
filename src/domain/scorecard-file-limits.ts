// What a scorecard file may be before its YAML is read. The `yaml` package reads nesting
// recursively: 100,000 `[` take it seconds and end in "Maximum call stack size exceeded",
// so a file that nests deeper than any scorecard could, or is larger than any scorecard
// could be, is refused first, in one pass, at the place it goes too far.

import type { FileIssue } from "./scorecard-file.ts";

/** A scorecard file is a few kilobytes; 2 MiB leaves room for long descriptions. */
export const MAX_SCORECARD_FILE_CHARACTERS = 2 * 1024 * 1024;
/** A scorecard file nests about eight levels (perspectives → objectives → KPIs → targets). */
export const MAX_SCORECARD_FILE_DEPTH = 64;

/** Why `text` is too large or too deep to read as a scorecard file, or undefined. */
export function scorecardFileLimitIssue(text: string): FileIssue | undefined {
  if (text.length > MAX_SCORECARD_FILE_CHARACTERS) {
    return {
      path: "file",
      message: `is larger than ${MAX_SCORECARD_FILE_CHARACTERS / 1024 / 1024} MiB (${MAX_SCORECARD_FILE_CHARACTERS} characters): a scorecard file is a few kilobytes`,
    };
  }
  const deepest = tooDeepAt(text);
  if (!deepest) return undefined;
  return {
    path: "file",
    message: `nests more than ${MAX_SCORECARD_FILE_DEPTH} levels deep (indentation, - and [ { ): a scorecard file needs about eight`,
    ...deepest,
  };
}

/**
 * The line and column where the nesting first passes the limit: indentation (a stack of
 * indents, as YAML's block structure), `- ` entries and flow `[` `{` outside quotes and
 * comments. It may count a few levels more than YAML does (a `[` in plain text), never fewer.
 */
function tooDeepAt(text: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNumber = 0;
  for (const line of text.split("\n")) {
    lineNumber += 1;
    const indent = line.length - line.trimStart().length;
    const content = line.trimStart();
    if (flow === 0 && content !== "" && !content.startsWith("#")) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
    }
    let dashes = 0;
    let quote: string | undefined;
    for (let column = indent; column < line.length; column += 1) {
      const char = line[column];
      if (quote) {
        if (char === quote) quote = undefined;
        continue;
      }
      if (char === "#" && (column === 0 || /\s/.test(line[column - 1] ?? ""))) break;
      if (char === "'" || char === '"') quote = char;
      else if (char === "[" || char === "{") flow += 1;
      else if ((char === "]" || char === "}") && flow > 0) flow -= 1;
      else if (char === "-" && flow === 0 && /\s|^$/.test(line[column + 1] ?? "")) {
        const before = line.slice(indent, column);
        if (/^(-\s+)*$/.test(before)) dashes += 1;
      }
      if (indents.length + dashes + flow > MAX_SCORECARD_FILE_DEPTH) {
        return { line: lineNumber, column: column + 1 };
      }
    }
  }
  return undefined;
}
