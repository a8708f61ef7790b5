// Paths into a scorecard file, written as users read them:
// `perspectives[1].objectives[0].kpis[2].target`, `...kpis[0].targets["2026-12"]`.
// Issues carry them as text; the YAML document is walked with them as arrays.

export type PathPart = string | number;

/** `["perspectives", 1, "name"]` → `perspectives[1].name`; the whole file is `file`. */
export function formatPath(parts: readonly PathPart[]): string {
  let text = "";
  for (const part of parts) {
    if (typeof part === "number") text += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text || "file";
}

/** The parts of a path `formatPath` wrote; undefined for text it did not write. */
export function parsePath(text: string): PathPart[] | undefined {
  if (text === "file") return [];
  const parts: PathPart[] = [];
  const pattern = /\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return undefined;
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(JSON.parse(match[3] as string) as string);
    at = pattern.lastIndex;
  }
  return parts;
}

/** The value at `parts` in a parsed file, or undefined when there is none. */
export function valueAt(root: unknown, parts: readonly PathPart[]): unknown {
  let value = root;
  for (const part of parts) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}
