// The organisation's UTC offset, remembered per day. time-zone.ts asks Intl for every
// conversion, which costs tens of microseconds; an export with a timestamp per row needs
// thousands. On a day whose offset is the same at its start and end (all but the two
// daylight-saving days a year) one offset serves every time of it; on the others, and for
// anything unusual, the domain's functions decide.

import { instantOfLocal, localDateTimeOf } from "../domain/time-zone.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Bounded: a long history has a few thousand days; anything past this starts afresh.
const REMEMBERED_DAYS = 50_000;
const offsets = new Map<string, number | null>();

function offsetAt(instant: number, timeZone: string): number {
  return Date.parse(`${localDateTimeOf(new Date(instant), timeZone)}Z`) - instant;
}

/** The offset at all of `instants`, or null if they differ. */
function steadyOffset(instants: number[], timeZone: string): number | null {
  const [first, ...rest] = instants.map((instant) => offsetAt(instant, timeZone));
  return rest.every((offset) => offset === first) ? first! : null;
}

/** The offset that holds all of `key`'s day, or null if it changes during it. */
function remembered(key: string, compute: () => number | null): number | null {
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= REMEMBERED_DAYS) offsets.clear();
    offset = compute();
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant of local date-time `YYYY-MM-DDTHH:MM:SS` in `timeZone`, as instantOfLocal. */
export function instantOf(local: string, timeZone: string): Date {
  const date = local.slice(0, 10);
  const asIfUtc = Date.parse(`${local}Z`);
  const offset = remembered(`L${timeZone}|${date}`, () => {
    // Offsets lie within ±14 h, so every time of the local day falls in this UTC window;
    // one offset throughout it (no real zone changes twice within two days) serves them all.
    const midnight = Date.parse(`${date}T00:00:00Z`);
    return steadyOffset(
      [midnight - 15 * HOUR, midnight + 12 * HOUR, midnight + 39 * HOUR],
      timeZone,
    );
  });
  return offset === null ? instantOfLocal(local, timeZone) : new Date(asIfUtc - offset);
}

/** The local date-time `YYYY-MM-DDTHH:MM:SS` of `instant` in `timeZone`, as localDateTimeOf. */
export function localOf(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  const utcDay = Math.floor(time / DAY) * DAY;
  const offset = remembered(`U${timeZone}|${utcDay}`, () =>
    steadyOffset([utcDay, utcDay + DAY / 2, utcDay + DAY - 1], timeZone),
  );
  if (offset === null || Number.isNaN(time)) return localDateTimeOf(instant, timeZone);
  return new Date(time + offset).toISOString().slice(0, 19);
}
