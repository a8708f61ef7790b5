// The pure domain core: periods, targets, scoring, roll-up, errors. No I/O, no clock.

export * from "./errors.ts";
export * from "./fiscal-year.ts";
export * from "./kpi-definition.ts";
export * from "./period-navigation.ts";
export * from "./periods.ts";
export * from "./phasing.ts";
export * from "./roll-up.ts";
export * from "./scoring.ts";
export * from "./targets.ts";
export * from "./time-zone.ts";
export * from "./to-date.ts";
