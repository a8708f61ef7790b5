// The tokens of the KPI expression language, each with the line and column it starts at,
// so every error can point at the place to fix.

export type TokenKind = "number" | "string" | "name" | "symbol" | "end";

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points) of that line. */
  column: number;
}

export interface Token extends Position {
  kind: TokenKind;
  /** The text as written; for a string, its value without quotes. */
  text: string;
}

/** A mistake in an expression, at the position it was found. */
export class ExpressionError extends Error {
  readonly position: Position;
  readonly problem: string;

  constructor(position: Position, problem: string) {
    super(problem);
    this.position = position;
    this.problem = problem;
  }
}

// Longest first, so `<=` is not read as `<` then `=`.
const SYMBOLS = ["<=", ">=", "!=", "<>", "(", ")", ",", ".", "+", "-", "*", "/", "=", "<", ">"];

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

/**
 * The longest expression read, in characters: the library's longest is a few hundred, and
 * every step after reading (checking, compiling, the database's parser) grows with it.
 */
export const MAX_EXPRESSION_LENGTH = 10_000;

/**
 * The tokens of `text`, ending with an `end` token; ExpressionError on a character that fits
 * none, or at the first character past MAX_EXPRESSION_LENGTH. Linear in the length of `text`.
 */
export function tokenize(text: string): Token[] {
  const chars = [...text.slice(0, 2 * MAX_EXPRESSION_LENGTH + 2)];
  if (chars.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      positionOf(chars, MAX_EXPRESSION_LENGTH),
      `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters: split it into KPIs that name one another`,
    );
  }
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: index - lineStart + 1 });

  while (index < chars.length) {
    const char = chars[index] as string;
    if (char === "\n") {
      index += 1;
      line += 1;
      lineStart = index;
      continue;
    }
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const start = here();
    if (NAME_START.test(char)) {
      let end = index + 1;
      while (end < chars.length && NAME_PART.test(chars[end] as string)) end += 1;
      tokens.push({ kind: "name", text: chars.slice(index, end).join(""), ...start });
      index = end;
    } else if (DIGIT.test(char)) {
      const end = numberEnd(chars, index);
      tokens.push({ kind: "number", text: chars.slice(index, end).join(""), ...start });
      index = end;
    } else if (char === "'") {
      const { value, next } = readString(chars, index, start);
      tokens.push({ kind: "string", text: value, ...start });
      index = next;
    } else {
      const symbol = SYMBOLS.find((s) => chars.slice(index, index + s.length).join("") === s);
      if (!symbol) throw new ExpressionError(start, `unexpected character \`${char}\``);
      tokens.push({ kind: "symbol", text: symbol, ...start });
      index += symbol.length;
    }
  }
  tokens.push({ kind: "end", text: "", ...here() });
  return tokens;
}

/** Where the number starting at `start` ends: digits, then a `.` and digits if both are there. */
function numberEnd(chars: string[], start: number): number {
  const digitsFrom = (at: number) => {
    let end = at;
    while (end < chars.length && DIGIT.test(chars[end] as string)) end += 1;
    return end;
  };
  const whole = digitsFrom(start);
  if (chars[whole] !== ".") return whole;
  const fraction = digitsFrom(whole + 1);
  return fraction > whole + 1 ? fraction : whole;
}

/** The line and column of `chars[index]`. */
function positionOf(chars: string[], index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < index; at += 1) {
    if (chars[at] === "\n") {
      line += 1;
      lineStart = at + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** A string in single quotes, where `''` is one quote (as in SQL). */
function readString(
  chars: string[],
  open: number,
  start: Position,
): { value: string; next: number } {
  let value = "";
  let index = open + 1;
  while (index < chars.length) {
    const char = chars[index];
    if (char === "'") {
      if (chars[index + 1] !== "'") return { value, next: index + 1 };
      value += "'";
      index += 2;
    } else if (char === "\n") {
      break;
    } else {
      value += char;
      index += 1;
    }
  }
  throw new ExpressionError(start, "this text has no closing quote `'`");
}
