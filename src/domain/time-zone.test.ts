import { describe, expect, it } from "vitest";
import { instantOfLocal, isKnownTimeZone, localDateOf, localDateTimeOf } from "./time-zone.ts";

describe("localDateOf", () => {
  it("puts 22:30Z on 31 July 2025 on 1 August in Copenhagen (summer time, UTC+2)", () => {
    expect(localDateOf(new Date("2025-07-31T22:30:00Z"), "Europe/Copenhagen")).toBe("2025-08-01");
  });

  it("puts 23:30Z on 31 January 2025 on 1 February in Copenhagen (winter time, UTC+1)", () => {
    expect(localDateOf(new Date("2025-01-31T23:30:00Z"), "Europe/Copenhagen")).toBe("2025-02-01");
  });

  it("keeps 22:30Z on 31 January 2025 on 31 January in Copenhagen", () => {
    expect(localDateOf(new Date("2025-01-31T22:30:00Z"), "Europe/Copenhagen")).toBe("2025-01-31");
  });

  it("puts the same instant on the previous day in New York", () => {
    expect(localDateOf(new Date("2025-08-01T02:00:00Z"), "America/New_York")).toBe("2025-07-31");
  });
});

describe("instantOfLocal", () => {
  it("finds the instant of a winter wall-clock time in Copenhagen", () => {
    expect(instantOfLocal("2025-01-15T09:00", "Europe/Copenhagen").toISOString()).toBe(
      "2025-01-15T08:00:00.000Z",
    );
  });

  it("finds the instant of a summer wall-clock time in Copenhagen", () => {
    expect(instantOfLocal("2025-07-15T09:00:00", "Europe/Copenhagen").toISOString()).toBe(
      "2025-07-15T07:00:00.000Z",
    );
  });

  it("round-trips every hour of the spring-forward day 30 March 2025, except the skipped 02:00", () => {
    for (let hour = 0; hour < 24; hour++) {
      const local = `2025-03-30T${String(hour).padStart(2, "0")}:30:00`;
      const back = localDateTimeOf(instantOfLocal(local, "Europe/Copenhagen"), "Europe/Copenhagen");
      expect(back).toBe(hour === 2 ? "2025-03-30T03:30:00" : local);
    }
  });

  it("round-trips every hour of the fall-back day 26 October 2025, 02:30 to its summer-time instant", () => {
    for (let hour = 0; hour < 24; hour++) {
      const local = `2025-10-26T${String(hour).padStart(2, "0")}:30:00`;
      const instant = instantOfLocal(local, "Europe/Copenhagen");
      expect(localDateTimeOf(instant, "Europe/Copenhagen")).toBe(local);
    }
    expect(instantOfLocal("2025-10-26T02:30", "Europe/Copenhagen").toISOString()).toBe(
      "2025-10-26T00:30:00.000Z",
    );
  });

  it("resolves the skipped 02:30 on 30 March 2025 to one hour later, 03:30 summer time", () => {
    expect(instantOfLocal("2025-03-30T02:30", "Europe/Copenhagen").toISOString()).toBe(
      "2025-03-30T01:30:00.000Z",
    );
  });

  it("rejects text that is not a local date-time", () => {
    expect(() => instantOfLocal("30/03/2025 02:30", "Europe/Copenhagen")).toThrow(RangeError);
  });
});

describe("isKnownTimeZone", () => {
  it("knows Europe/Copenhagen and not Europe/Atlantis", () => {
    expect(isKnownTimeZone("Europe/Copenhagen")).toBe(true);
    expect(isKnownTimeZone("Europe/Atlantis")).toBe(false);
  });
});
