import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantOfLocal, localDateTimeOf } from "../domain/time-zone.ts";
import { instantOf, localOf } from "./zone-offsets.ts";

// Zones with daylight saving at odd hours and by half an hour, and one far from UTC.
const zones = [
  "Europe/Copenhagen",
  "America/New_York",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "Pacific/Chatham",
  "Asia/Kolkata",
];
const instants = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) });

describe("remembered offsets", () => {
  it("give every instant the same local time as the domain's time-zone rules", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(Math.floor(ms / 60_000) * 60_000);
        expect(localOf(instant, zone)).toBe(localDateTimeOf(instant, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it("give every local time the same instant as the domain's time-zone rules", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        const local = new Date(Math.floor(ms / 60_000) * 60_000).toISOString().slice(0, 19);
        expect(instantOf(local, zone).toISOString()).toBe(
          instantOfLocal(local, zone).toISOString(),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("agree on Copenhagen's daylight-saving days, hour by hour", () => {
    for (const day of ["2025-03-30", "2025-10-26", "2025-03-29", "2025-10-27"]) {
      for (let hour = 0; hour < 24; hour++) {
        const local = `${day}T${String(hour).padStart(2, "0")}:30:00`;
        const instant = instantOf(local, "Europe/Copenhagen");
        expect(instant).toEqual(instantOfLocal(local, "Europe/Copenhagen"));
        expect(localOf(instant, "Europe/Copenhagen")).toBe(
          localDateTimeOf(instant, "Europe/Copenhagen"),
        );
      }
    }
  });
});
