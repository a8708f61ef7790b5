// An older Node installs Fourfold cleanly (unless npm refuses it through .npmrc's
// engine-strict) and would then fail every command on the first .ts file. The scripts run
// bin/check-node.js first, which refuses in one line naming the version needed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const check = resolve(root, "bin/check-node.js");
// Debian's Node 20: the Node a fresh machine (and CI, before it installs Node 24) has.
const debianNode = "/usr/bin/node";

function run(node: string) {
  const result = spawnSync(node, [check], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("the Node version check", () => {
  it("refuses Node 20 in one line naming Node 22.18", () => {
    const version = existsSync(debianNode)
      ? spawnSync(debianNode, ["--version"], { encoding: "utf8" }).stdout.trim()
      : `no ${debianNode}`;
    expect(version).toMatch(/^v20\./);
    const { status, output } = run(debianNode);
    expect(status).toBe(1);
    expect(output).toBe(
      `fourfold needs Node 22.18 or newer (this is Node ${version.slice(1)}): install a current Node from https://nodejs.org\n`,
    );
  });

  it("lets the Node running the tests through, silently", () => {
    expect(run(process.execPath)).toEqual({ status: 0, output: "" });
  });

  it("runs before npm start, npm run fourfold and npm test, and npm refuses old engines", () => {
    const { scripts } = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
    for (const script of ["start", "fourfold", "test"]) {
      expect(scripts[script]).toMatch(/^node bin\/check-node\.js && /);
    }
    expect(readFileSync(resolve(root, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
  });
});
