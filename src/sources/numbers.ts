// Numbers as exports write them: English `1,234.56` or Danish `1.234,56`. A file has one
// number format, decided once from its header and its values (decideNumberFormat), never
// guessed cell by cell: `1,592` is 1592 in an English file and 1.592 in a Danish one.
// Money stays an exact decimal string ("2209684.09"); it never passes through a float.

export type NumberFormat = "english" | "danish";

const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const PLUS = 43;
const ZERO = 48;
const NINE = 57;

/** How a message shows the format a cell failed: `English format (e.g. 1,234.56)`. */
export function describeNumberFormat(format: NumberFormat, whole = false): string {
  if (format === "english") return `English format (e.g. ${whole ? "1,234" : "1,234.56"})`;
  return `Danish format (e.g. ${whole ? "1.234" : "1.234,56"})`;
}

/**
 * The exact decimal `-1234.5` written by `text` in `format`, or undefined when `text` is not
 * one: digits, thousands groups of exactly three, at most one decimal mark with digits after.
 */
export function parseDecimal(text: string, format: NumberFormat): string | undefined {
  const point = format === "english" ? DOT : COMMA;
  const group = format === "english" ? COMMA : DOT;
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = n > 0 ? text.charCodeAt(0) : 0;
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    i = 1;
  }
  const integerStart = i;
  let grouped = false;
  let digits = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      digits++;
    } else if (c === group) {
      // The first group holds 1–3 digits, every later one exactly 3.
      if (digits === 0 || (grouped ? digits !== 3 : digits > 3)) return undefined;
      grouped = true;
      digits = 0;
    } else {
      break;
    }
  }
  if (digits === 0 || (grouped && digits !== 3)) return undefined;
  const integerEnd = i;
  if (i < n) {
    if (text.charCodeAt(i) !== point || i === n - 1) return undefined;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) return undefined;
    }
  }
  // Already canonical, the common case in an English file: return it without copying.
  const leadingZero = text.charCodeAt(integerStart) === ZERO && integerEnd - integerStart > 1;
  if (integerStart === 0 && !grouped && !leadingZero && (point === DOT || integerEnd === n)) {
    return text;
  }
  let integer = grouped
    ? withoutGroups(text, integerStart, integerEnd, group)
    : text.slice(integerStart, integerEnd);
  if (leadingZero) integer = integer.replace(/^0+(?=\d)/, "");
  const fraction = integerEnd < n ? text.slice(integerEnd + 1) : "";
  // "-0.00" is zero, and zero has no sign.
  const sign = negative && (integer !== "0" || /[1-9]/.test(fraction)) ? "-" : "";
  return fraction === "" ? `${sign}${integer}` : `${sign}${integer}.${fraction}`;
}

/** The digits of `text` from `start` to `end` without the thousands marks between them. */
function withoutGroups(text: string, start: number, end: number, group: number): string {
  let digits = "";
  let from = start;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === group) {
      digits += text.slice(from, i);
      from = i + 1;
    }
  }
  return digits + text.slice(from, end);
}

/** The whole number `text` writes in `format` (`2,454` → 2454), or undefined if none. */
export function parseWholeNumber(text: string, format: NumberFormat): number | undefined {
  const decimal = parseDecimal(text, format);
  if (decimal === undefined || decimal.includes(".")) return undefined;
  const value = Number(decimal);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * The format a single cell proves, if any. `1,234.56` and `9,51` can only be English resp.
 * Danish; `1,592` and `4.000` could be either (a thousands group or three decimals).
 */
export function numberFormatHint(text: string): NumberFormat | undefined {
  const dot = text.lastIndexOf(".");
  const comma = text.lastIndexOf(",");
  if (dot >= 0 && comma >= 0) return dot > comma ? "english" : "danish";
  if (comma >= 0) {
    if (text.indexOf(",") !== comma) return "english";
    return text.length - comma - 1 === 3 ? undefined : "danish";
  }
  if (dot >= 0) {
    if (text.indexOf(".") !== dot) return "danish";
    return text.length - dot - 1 === 3 ? undefined : "english";
  }
  return undefined;
}

/**
 * The file's number format: what its values prove when they agree; otherwise (no proof, or
 * proof both ways) the language of its header, since a Danish interface writes Danish numbers.
 */
export function decideNumberFormat(
  proofs: { english: number; danish: number },
  headerLanguage: "english" | "danish",
): NumberFormat {
  if (proofs.danish > 0 && proofs.english === 0) return "danish";
  if (proofs.english > 0 && proofs.danish === 0) return "english";
  return headerLanguage;
}
