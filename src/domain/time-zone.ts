// Local dates in the organisation's IANA time zone. Periods are always computed from
// local dates (style guide, Numbers), so every UTC instant an export carries passes
// through here before it is bucketed.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA name this runtime knows (e.g. `Europe/Copenhagen`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function localParts(instant: Date, timeZone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** The local date-time `YYYY-MM-DDTHH:MM:SS` of a UTC instant in `timeZone`. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/**
 * The local date `YYYY-MM-DD` of a UTC instant in `timeZone`: 22:30Z on 31 July 2025 is
 * 2025-08-01 in Europe/Copenhagen (summer time, UTC+2).
 */
export function localDateOf(instant: Date, timeZone: string): string {
  return localDateTimeOf(instant, timeZone).slice(0, 10);
}

/**
 * The UTC instant of a local wall-clock time `YYYY-MM-DDTHH:MM[:SS]` in `timeZone`.
 * A time skipped by a spring-forward change resolves to the instant one hour later;
 * an ambiguous autumn time resolves to its first (summer-time) occurrence.
 */
export function instantOfLocal(localDateTime: string, timeZone: string): Date {
  const asIfUtc = Date.parse(
    `${localDateTime.length === 16 ? `${localDateTime}:00` : localDateTime}Z`,
  );
  if (Number.isNaN(asIfUtc)) throw new RangeError(`not a local date-time: ${localDateTime}`);
  // Two passes settle the offset on both sides of a daylight-saving change.
  let guess = asIfUtc;
  for (let i = 0; i < 2; i++) {
    const seen = Date.parse(`${localDateTimeOf(new Date(guess), timeZone)}Z`);
    guess += asIfUtc - seen;
  }
  const earlier = guess - 3_600_000;
  if (Date.parse(`${localDateTimeOf(new Date(earlier), timeZone)}Z`) === asIfUtc)
    return new Date(earlier);
  return new Date(guess);
}
