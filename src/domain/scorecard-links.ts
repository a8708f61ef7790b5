// Cause-and-effect links between objectives (issue 5): the strategy map reads from learning
// to financial results, so links must not form a cycle; a link that would close one is
// refused with the cycle named, so the user sees which link to drop.

import type { InputIssue } from "./errors.ts";
import type { Link } from "./scorecard.ts";

/**
 * The objectives from `from` back to `from` that `link` would close into a cycle, given the
 * links before it (`skilled-team → launch-on-time → skilled-team`); undefined when it closes
 * none. A link from an objective to itself is a cycle of one.
 */
export function cycleClosedBy(link: Link, earlier: readonly Link[]): string[] | undefined {
  const path = pathBetween(link.to, link.from, earlier);
  return path ? [link.from, ...path] : undefined;
}

/** The objectives on a path of links from `start` to `goal` (both included), breadth first. */
function pathBetween(start: string, goal: string, links: readonly Link[]): string[] | undefined {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === goal) return pathTo(goal, cameFrom);
    for (const link of links) {
      if (link.from !== node || cameFrom.has(link.to)) continue;
      cameFrom.set(link.to, node);
      queue.push(link.to);
    }
  }
  return undefined;
}

function pathTo(goal: string, cameFrom: ReadonlyMap<string, string | null>): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = goal; node != null; node = cameFrom.get(node)) {
    path.unshift(node);
  }
  return path;
}

/**
 * Every problem of a scorecard's links, each at `links[i]`: an unknown objective, a link
 * given twice, a link that closes a cycle. Links are taken in order, so of the links of a
 * cycle the last one is refused, and a refused link does not count for the ones after it.
 */
export function linkIssues(links: readonly Link[], objectiveKeys: readonly string[]): InputIssue[] {
  const known = new Set(objectiveKeys);
  const accepted: Link[] = [];
  const issues: InputIssue[] = [];
  links.forEach((link, index) => {
    const path = `links[${index}]`;
    const unknown = [link.from, link.to].filter((key) => !known.has(key));
    for (const [end, key] of [
      ["from", link.from],
      ["to", link.to],
    ] as const) {
      if (!known.has(key)) {
        issues.push({ path: `${path}.${end}`, message: unknownObjective(key, objectiveKeys) });
      }
    }
    if (unknown.length > 0) return;
    if (accepted.some((other) => other.from === link.from && other.to === link.to)) {
      issues.push({ path, message: `the link ${link.from} → ${link.to} is given twice` });
      return;
    }
    const cycle = cycleClosedBy(link, accepted);
    if (cycle) {
      issues.push({ path, message: cycleMessage(cycle) });
      return;
    }
    accepted.push(link);
  });
  return issues;
}

function unknownObjective(key: string, objectiveKeys: readonly string[]): string {
  const keys = [...new Set(objectiveKeys)];
  const choices = keys.length > 0 ? `: its objectives are ${keys.join(", ")}` : "";
  return `there is no objective "${key}" in this scorecard${choices}`;
}

function cycleMessage(cycle: readonly string[]): string {
  if (cycle.length === 2) {
    return `${cycle[0]} cannot be linked to itself: a link runs from a cause to a different objective it helps`;
  }
  return `this link closes a cycle ${cycle.join(" → ")}: cause and effect run one way, so remove one of these links`;
}
