// The repository stands alone: a fresh clone holds every file its tests and code read. The
// fixtures (test/fixtures/) and the contracts (docs/spec/) are copies of the project's shared
// folder; where that folder sits beside the repository (a developer's checkout), the copies
// must match it byte for byte, so they are kept in step.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");

/** Every file under `folder`, as paths relative to it, sorted; none when it is absent. */
function filesUnder(folder: string, skip: (name: string) => boolean = () => false): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      if (skip(name)) continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found;
}

const codeFolders = ["src", "test", "web", "bench"];
const codeFiles = codeFolders.flatMap((folder) =>
  filesUnder(join(root, folder), (name) => name === "node_modules" || name === "fixtures")
    .filter((path) => /\.(ts|tsx|js|mjs)$/.test(path))
    .map((path) => join(folder, path)),
);

/** The copies: repository folder → the shared folder it copies, and which files. */
const copies = [
  { copy: "test/fixtures", original: "fixtures", files: () => true },
  {
    copy: "docs/spec",
    original: "spec",
    files: (path: string) => ["scoring.md", "cli.md", "scorecard-file.md"].includes(path),
  },
];

describe("the repository stands alone", () => {
  it("has code to check", () => {
    expect(codeFiles).toContain(join("test", "fixtures.ts"));
    expect(codeFiles).toContain(join("src", "sources", "reading-for-tests.ts"));
  });

  it("names no path that leads out of the repository", () => {
    const outside: string[] = [];
    for (const file of codeFiles) {
      const text = readFileSync(join(root, file), "utf8");
      // Every relative path written in the code: imports, new URL(…, import.meta.url),
      // resolve(import.meta.dirname, …). Each must end inside the repository.
      for (const match of text.matchAll(/["'`](\.\.?\/[^"'`\s]*)["'`]/g)) {
        const target = resolve(dirname(join(root, file)), match[1] ?? "");
        if (target !== root && !target.startsWith(root + sep)) {
          outside.push(`${file}: ${match[1]}`);
        }
      }
      if (/\.\.\/shared\/|["'`]\/work\//.test(text))
        outside.push(`${file}: names the shared folder`);
    }
    expect(outside).toEqual([]);
  });

  it("holds the fixtures and the contracts its tests read", () => {
    const fjordline = JSON.parse(
      readFileSync(join(root, "test/fixtures/fjordline/expected.json"), "utf8"),
    );
    expect(Object.keys(fjordline)).toEqual(expect.arrayContaining(["kpis", "meta"]));
    for (const folder of [
      "fjordline",
      "localized-samples",
      "more-sources",
      "more-sources-localized",
    ]) {
      expect(filesUnder(join(root, "test/fixtures", folder))).toContain("README.md");
    }
    for (const contract of ["scoring.md", "cli.md", "scorecard-file.md"]) {
      expect(readFileSync(join(root, "docs/spec", contract), "utf8")).toMatch(/^# /);
    }
    expect(readFileSync(join(root, "docs/spec/scorecard-file.md"), "utf8")).toContain("```yaml\n");
  });

  it("keeps its copies byte-identical to ../shared when that folder is beside it", () => {
    // A fresh clone has no ../shared: then there is nothing to compare, and the test above
    // is what checks the copies. A developer's checkout has it, and any drift fails here.
    const differences: string[] = [];
    for (const { copy, original, files } of copies) {
      const originals = filesUnder(join(shared, original)).filter(files);
      const copied = filesUnder(join(root, copy));
      for (const path of originals) {
        if (!copied.includes(path)) {
          differences.push(`${copy}/${path} is missing`);
          continue;
        }
        const a = readFileSync(join(shared, original, path));
        const b = readFileSync(join(root, copy, path));
        if (!a.equals(b))
          differences.push(`${copy}/${path} differs from shared/${original}/${path}`);
      }
      if (originals.length > 0) {
        for (const path of copied) {
          if (!originals.includes(path)) differences.push(`${copy}/${path} is not in shared/`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});
