// Lays out a strategy map from its links: objectives in four lanes, learning & growth at the
// bottom and financial at the top (Kaplan & Norton's order of cause and effect), and within
// a lane ordered so linked objectives sit near each other (a few rounds of the barycentre
// heuristic), which keeps arrows short and crossings few.

import type { PerspectiveKey } from "./api/types.ts";

export const laneOrder: readonly PerspectiveKey[] = [
  "financial",
  "customer",
  "internal",
  "learning",
];

export const nodeSize = { width: 190, height: 78 };
const gap = { x: 36, laneHeight: 124, laneLabel: 150 };

export interface MapInput {
  lanes: { key: PerspectiveKey; objectives: string[] }[];
  links: { from: string; to: string }[];
}

export interface MapLayout {
  objectives: Map<string, { x: number; y: number; lane: PerspectiveKey }>;
  lanes: { key: PerspectiveKey; y: number; height: number; width: number }[];
}

export function layOutStrategyMap(input: MapInput): MapLayout {
  const lanes = laneOrder.map((key) => ({
    key,
    objectives: [...(input.lanes.find((lane) => lane.key === key)?.objectives ?? [])],
  }));
  const neighbours = neighboursOf(input.links);
  const widest = Math.max(1, ...lanes.map((lane) => lane.objectives.length));
  const slot = nodeSize.width + gap.x;
  const xOf = new Map<string, number>();
  const place = () => {
    for (const lane of lanes) {
      const offset = ((widest - lane.objectives.length) * slot) / 2;
      lane.objectives.forEach((key, i) => {
        xOf.set(key, gap.laneLabel + offset + i * slot);
      });
    }
  };
  place();
  for (let round = 0; round < 4; round += 1) {
    for (const lane of lanes) {
      const centre = (key: string) => {
        const xs = (neighbours.get(key) ?? [])
          .map((n) => xOf.get(n))
          .filter((x) => x !== undefined);
        return xs.length === 0 ? (xOf.get(key) ?? 0) : xs.reduce((a, b) => a + b, 0) / xs.length;
      };
      // A stable sort keeps the author's order where the links say nothing; placing at
      // once lets the next lane line up with this one's new order.
      lane.objectives.sort((a, b) => centre(a) - centre(b));
      place();
    }
  }
  const width = gap.laneLabel + widest * slot;
  const objectives = new Map<string, { x: number; y: number; lane: PerspectiveKey }>();
  lanes.forEach((lane, index) => {
    for (const key of lane.objectives) {
      const y = index * gap.laneHeight + (gap.laneHeight - nodeSize.height) / 2;
      objectives.set(key, { x: xOf.get(key) ?? 0, y, lane: lane.key });
    }
  });
  return {
    objectives,
    lanes: lanes.map((lane, index) => ({
      key: lane.key,
      y: index * gap.laneHeight,
      height: gap.laneHeight,
      width,
    })),
  };
}

function neighboursOf(links: { from: string; to: string }[]): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const link of links) {
    add(link.from, link.to);
    add(link.to, link.from);
  }
  return neighbours;
}

/**
 * Which sides an arrow leaves and enters by: up a lane, down a lane, or, within a lane, out
 * of the side facing its target when they are neighbours, and over the top when objectives
 * stand between them (so the arrow does not run through them).
 */
export function sidesOf(from: { y: number; x: number }, to: { y: number; x: number }) {
  if (from.y > to.y) return { source: "top", target: "bottom" } as const;
  if (from.y < to.y) return { source: "bottom", target: "top" } as const;
  const neighbours = Math.abs(from.x - to.x) <= nodeSize.width + gap.x;
  if (!neighbours) return { source: "top", target: "top" } as const;
  return from.x < to.x
    ? ({ source: "right", target: "left" } as const)
    : ({ source: "left", target: "right" } as const);
}
