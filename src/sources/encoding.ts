// Which text encoding an export is in, and its decoding chunk by chunk. Google Ads' "Excel
// CSV" is UTF-16 with a byte order mark, Meta writes UTF-8 with one, Danish Excel writes
// Windows-1252 with none. Order of evidence: a byte order mark; then UTF-8 if the first
// non-ASCII character is valid UTF-8, else Windows-1252. Until a non-ASCII byte shows up the
// two read the same, so a large file is never held back to decide.

import { isAscii } from "node:buffer";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const ENCODING_NAMES: Record<Encoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "windows-1252": "Windows-1252",
};

export type SniffedEncoding =
  | { kind: "text"; encoding: Encoding; byteOrderMark: boolean; decided: boolean }
  | { kind: "not text"; message: string };

const BINARY = "looks like a binary file, not a CSV export";

// Users pick the workbook instead of its CSV export often enough to deserve their own words.
const SIGNATURES: { bytes: number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      "looks like an Excel workbook (.xlsx) or another zip file, not a CSV export: " +
      "save it as CSV and import that",
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      "looks like an old Excel workbook (.xls), not a CSV export: save it as CSV and import that",
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: "looks like a PDF file, not a CSV export" },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding of a file from its first bytes (64 KiB are plenty), or why it is not text. */
export function sniffEncoding(prefix: Uint8Array): SniffedEncoding {
  if (prefix.length === 0) return { kind: "not text", message: "the file is empty" };
  const text = (encoding: Encoding, byteOrderMark: boolean) =>
    ({ kind: "text", encoding, byteOrderMark, decided: true }) as const;
  if (startsWith(prefix, [0xef, 0xbb, 0xbf])) return text("utf-8", true);
  if (startsWith(prefix, [0xff, 0xfe])) return text("utf-16le", true);
  if (startsWith(prefix, [0xfe, 0xff])) return text("utf-16be", true);
  const signature = SIGNATURES.find((s) => startsWith(prefix, s.bytes));
  if (signature) return { kind: "not text", message: signature.message };
  const utf16 = utf16WithoutMark(prefix);
  if (utf16) return text(utf16, false);
  if (prefix.includes(0)) return { kind: "not text", message: BINARY };
  return { kind: "text", encoding: "utf-8", byteOrderMark: false, decided: false };
}

/** UTF-16 of mostly ASCII text has a zero in every other byte, even without a mark. */
function utf16WithoutMark(prefix: Uint8Array): Encoding | undefined {
  const pairs = Math.min(prefix.length >> 1, 2048);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (prefix[2 * i] === 0) evenZeros++;
    if (prefix[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Why decoded text is not a CSV export (NULs, many control characters), or undefined. */
export function binaryProblem(text: string): string | undefined {
  const sample = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return BINARY;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls * 100 > sample ? BINARY : undefined;
}

// Windows-1252 and UTF-8 agree on ASCII, so ASCII bytes are decoded before the choice.
const ASCII = new TextDecoder("windows-1252");

function firstNonAscii(bytes: Uint8Array): number {
  if (isAscii(bytes)) return -1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** Length of the valid UTF-8 sequence at `at`; 0 if invalid, -1 if the bytes end inside it. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  let continuations = 0;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    continuations = 2;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    continuations = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k <= continuations; k++) {
    const byte = bytes[at + k];
    if (byte === undefined) return -1;
    if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return 0;
  }
  return continuations + 1;
}

/** Decodes an export chunk by chunk; after `failure` is set, decodes nothing more. */
export class ExportDecoder {
  encoding: Encoding;
  readonly byteOrderMark: boolean;
  /** Set when the bytes stop being text in the encoding (`not valid UTF-8 text: …`). */
  failure: string | undefined;
  private decoder: TextDecoder | undefined;
  private held: Uint8Array | undefined;

  constructor(sniffed: Extract<SniffedEncoding, { kind: "text" }>) {
    this.encoding = sniffed.encoding;
    this.byteOrderMark = sniffed.byteOrderMark;
    if (sniffed.decided) this.decoder = new TextDecoder(sniffed.encoding, { fatal: true });
  }

  decode(chunk: Uint8Array): string {
    return this.decoder ? this.decodeDecided(chunk, false) : this.decodeUndecided(chunk, false);
  }

  end(): string {
    const rest = this.held ?? new Uint8Array(0);
    this.held = undefined;
    return this.decoder ? this.decodeDecided(rest, true) : this.decodeUndecided(rest, true);
  }

  private decodeUndecided(chunk: Uint8Array, final: boolean): string {
    const bytes = this.held ? concatBytes(this.held, chunk) : chunk;
    this.held = undefined;
    const at = firstNonAscii(bytes);
    if (at < 0) return ASCII.decode(bytes);
    const length = utf8SequenceLength(bytes, at);
    if (length < 0 && !final) {
      this.held = bytes.slice(at);
      return ASCII.decode(bytes.subarray(0, at));
    }
    this.encoding = length > 0 ? "utf-8" : "windows-1252";
    // Mid-file, EF BB BF is a character (ZWNBSP), not a byte order mark to drop.
    this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
    return ASCII.decode(bytes.subarray(0, at)) + this.decodeDecided(bytes.subarray(at), final);
  }

  private decodeDecided(chunk: Uint8Array, final: boolean): string {
    if (this.failure !== undefined || !this.decoder) return "";
    try {
      return this.decoder.decode(chunk, { stream: !final });
    } catch {
      // A fatal TextDecoder throws a TypeError on the first byte that is not valid text.
      this.failure = `not valid ${ENCODING_NAMES[this.encoding]} text: the file is damaged or mixes encodings`;
      return "";
    }
  }
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** How a format summary names an encoding: `UTF-16LE`. */
export function encodingName(encoding: Encoding): string {
  return ENCODING_NAMES[encoding];
}
