// A recursive-descent parser for KPI expressions, one function per rule:
//
//   expression := term (("+" | "-") term)*
//   term       := unary (("*" | "/") unary)*
//   unary      := "-" unary | primary
//   primary    := NUMBER | "(" expression ")" | NAME | aggregate | wrapper
//   aggregate  := AGGREGATION "(" name (("where" condition) | ("by" NAME))* ")"
//   wrapper    := ("latest" | "previous_year") "(" expression ")"
//   condition  := conjunct ("or" conjunct)*
//   conjunct   := negation ("and" negation)*
//   negation   := "not" negation | "(" condition ")" | comparison
//   comparison := name (OPERATOR (literal | name) | ["not"] "in" "(" literal ("," literal)* ")"
//                 | "is" ["not"] "null")?
//   name       := NAME ("." NAME)?
//   literal    := ["-"] NUMBER | STRING | "true" | "false"
//
// Keywords are case-insensitive; names of sources and fields are not.
//
// Everything after the parser walks the tree recursively (the checker, the SQL compiler, the
// database's own parser), so the parser refuses a tree deeper than MAX_EXPRESSION_DEPTH
// levels: each parenthesis, function, `-`, `not`, and each operator of a chain such as
// `a + b + c` (read as `(a + b) + c`) is one level.

import { closestName } from "./closest-name.ts";
import type {
  ConditionNode,
  ExpressionNode,
  LiteralNode,
  NameNode,
  Wrapper,
} from "./expression-syntax.ts";
import { ExpressionError, type Position, type Token, tokenize } from "./expression-tokens.ts";
import { type Aggregation, aggregations, type ComparisonOperator } from "./model.ts";

const wrappers: readonly Wrapper[] = ["latest", "previous_year"];
const comparisonOperators = ["=", "!=", "<>", "<", "<=", ">", ">="];

/** Levels of operators, parentheses and functions inside one another that are read. */
export const MAX_EXPRESSION_DEPTH = 100;

/** The syntax tree of `text`; ExpressionError at the first place it cannot be read. */
export function parseExpression(text: string): ExpressionNode {
  const parser = new Parser(tokenize(text));
  const expression = parser.expression();
  parser.expectEnd();
  return expression;
}

function describe(token: Token): string {
  if (token.kind === "end") return "the end of the expression";
  if (token.kind === "string") return `'${token.text}'`;
  return `\`${token.text}\``;
}

class Parser {
  readonly #tokens: Token[];
  #index = 0;
  #depth = 0;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  #peek(): Token {
    return this.#tokens[this.#index] as Token;
  }

  #take(): Token {
    const token = this.#peek();
    if (token.kind !== "end") this.#index += 1;
    return token;
  }

  #isSymbol(...symbols: string[]): boolean {
    return this.#peek().kind === "symbol" && symbols.includes(this.#peek().text);
  }

  #isKeyword(keyword: string): boolean {
    return this.#peek().kind === "name" && this.#peek().text.toLowerCase() === keyword;
  }

  /** One level deeper, at `token`; ExpressionError past MAX_EXPRESSION_DEPTH. */
  #enter(at: Position): void {
    this.#depth += 1;
    if (this.#depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionError(
        at,
        `the expression nests more than ${MAX_EXPRESSION_DEPTH} levels of operators, parentheses and functions: split it into KPIs that name one another`,
      );
    }
  }

  #leave(levels = 1): void {
    this.#depth -= levels;
  }

  #fail(expected: string, token: Token = this.#peek()): never {
    throw new ExpressionError(token, `expected ${expected}, found ${describe(token)}`);
  }

  #expectSymbol(symbol: string, why: string): Token {
    if (!this.#isSymbol(symbol)) this.#fail(`\`${symbol}\` ${why}`);
    return this.#take();
  }

  expectEnd(): void {
    if (this.#peek().kind !== "end")
      this.#fail("an operator (+ - * /) or the end of the expression");
  }

  expression(): ExpressionNode {
    let left = this.#term();
    let levels = 0;
    while (this.#isSymbol("+", "-")) {
      const operator = this.#take();
      this.#enter(operator);
      levels += 1;
      const right = this.#term();
      left = { kind: "binary", operator: operator.text as "+" | "-", left, right, at: operator };
    }
    this.#leave(levels);
    return left;
  }

  #term(): ExpressionNode {
    let left = this.#unary();
    let levels = 0;
    while (this.#isSymbol("*", "/")) {
      const operator = this.#take();
      this.#enter(operator);
      levels += 1;
      const right = this.#unary();
      left = { kind: "binary", operator: operator.text as "*" | "/", left, right, at: operator };
    }
    this.#leave(levels);
    return left;
  }

  #unary(): ExpressionNode {
    if (this.#isSymbol("-")) {
      const minus = this.#take();
      return { kind: "negate", operand: this.#within(minus, () => this.#unary()), at: minus };
    }
    return this.#primary();
  }

  #primary(): ExpressionNode {
    const token = this.#peek();
    if (token.kind === "number") {
      this.#take();
      return { kind: "number", value: Number(token.text), at: token };
    }
    if (this.#isSymbol("(")) {
      this.#take();
      const inner = this.#within(token, () => this.expression());
      this.#expectSymbol(")", `to close the \`(\` at column ${token.column}`);
      return inner;
    }
    if (token.kind !== "name") this.#fail("a number, a KPI, a measure such as sum(…) or `(`");
    this.#take();
    if (!this.#isSymbol("(")) {
      if (this.#isSymbol(".")) {
        const field = this.#tokens[this.#index + 1];
        const name = `${token.text}.${field?.kind === "name" ? field.text : "…"}`;
        throw new ExpressionError(
          token,
          `\`${name}\` is a field: aggregate it, e.g. sum(${name}), mean(${name}) or count(${token.text})`,
        );
      }
      return { kind: "kpi", name: token.text, at: token };
    }
    const name = token.text.toLowerCase();
    if (aggregations.includes(name as Aggregation))
      return this.#within(token, () => this.#aggregate(token));
    if (wrappers.includes(name as Wrapper)) return this.#within(token, () => this.#wrapper(token));
    const known = [...aggregations, ...wrappers];
    const guess = closestName(name, known);
    throw new ExpressionError(
      token,
      `unknown function \`${token.text}\`; ${guess ? `did you mean \`${guess}\`?` : `use one of ${known.join(", ")}`}`,
    );
  }

  #within<T>(at: Position, read: () => T): T {
    this.#enter(at);
    const result = read();
    this.#leave();
    return result;
  }

  #aggregate(name: Token): ExpressionNode {
    this.#take();
    const target = this.#name("a source or a field, e.g. google_ads.cost");
    let where: ConditionNode | undefined;
    let by: NameNode | undefined;
    for (;;) {
      if (this.#isKeyword("where") && !where) {
        this.#take();
        where = this.#condition();
      } else if (this.#isKeyword("by") && !by) {
        this.#take();
        by = this.#name("the date field to put rows in periods by, e.g. became_customer_date");
      } else {
        break;
      }
    }
    const clauses = [where ? undefined : "`where`", by ? undefined : "`by`"].filter(Boolean);
    this.#expectSymbol(
      ")",
      `to close \`${name.text}(\`${clauses.length ? ` (or ${clauses.join(", ")})` : ""}`,
    );
    return {
      kind: "aggregate",
      aggregation: name.text.toLowerCase() as Aggregation,
      target,
      where,
      by,
      at: name,
    };
  }

  #wrapper(name: Token): ExpressionNode {
    this.#take();
    const argument = this.expression();
    this.#expectSymbol(")", `to close \`${name.text}(\``);
    return {
      kind: "wrapper",
      wrapper: name.text.toLowerCase() as Wrapper,
      argument,
      at: name,
    };
  }

  #name(expected: string): NameNode {
    const first = this.#peek();
    if (first.kind !== "name") this.#fail(expected);
    this.#take();
    const parts = [first.text];
    if (this.#isSymbol(".")) {
      this.#take();
      const second = this.#peek();
      if (second.kind !== "name") this.#fail(`a field name after \`${first.text}.\``);
      this.#take();
      parts.push(second.text);
    }
    return { parts, at: first };
  }

  #condition(): ConditionNode {
    let left = this.#conjunct();
    let levels = 0;
    while (this.#isKeyword("or")) {
      this.#enter(this.#take());
      levels += 1;
      left = { kind: "or", left, right: this.#conjunct() };
    }
    this.#leave(levels);
    return left;
  }

  #conjunct(): ConditionNode {
    let left = this.#negation();
    let levels = 0;
    while (this.#isKeyword("and")) {
      this.#enter(this.#take());
      levels += 1;
      left = { kind: "and", left, right: this.#negation() };
    }
    this.#leave(levels);
    return left;
  }

  #negation(): ConditionNode {
    if (this.#isKeyword("not")) {
      const not = this.#take();
      return { kind: "not", condition: this.#within(not, () => this.#negation()), at: not };
    }
    if (this.#isSymbol("(")) {
      const open = this.#take();
      const inner = this.#within(open, () => this.#condition());
      this.#expectSymbol(")", `to close the \`(\` at column ${open.column}`);
      return inner;
    }
    return this.#comparison();
  }

  #comparison(): ConditionNode {
    const field = this.#name("a field to compare, e.g. original_source = 'Paid Search'");
    if (this.#peek().kind === "symbol" && comparisonOperators.includes(this.#peek().text)) {
      const text = this.#take().text;
      const operator = (text === "<>" ? "!=" : text) as ComparisonOperator;
      if (this.#peek().kind === "name" && !this.#isKeyword("true") && !this.#isKeyword("false")) {
        return { kind: "compare_fields", field, operator, other: this.#name("a field") };
      }
      return { kind: "compare", field, operator, value: this.#literal() };
    }
    if (this.#isKeyword("is")) {
      this.#take();
      const negated = this.#isKeyword("not");
      if (negated) this.#take();
      if (!this.#isKeyword("null")) this.#fail("`null` after `is`");
      this.#take();
      return { kind: "is_null", field, negated };
    }
    const negated = this.#isKeyword("not");
    if (negated) this.#take();
    if (this.#isKeyword("in")) {
      this.#take();
      return { kind: "in", field, values: this.#literalList(), negated };
    }
    if (negated) this.#fail("`in` after `not`");
    return { kind: "is_true", field };
  }

  #literalList(): LiteralNode[] {
    this.#expectSymbol("(", "to start the list of values");
    const values = [this.#literal()];
    while (this.#isSymbol(",")) {
      this.#take();
      values.push(this.#literal());
    }
    this.#expectSymbol(")", "to close the list of values");
    return values;
  }

  #literal(): LiteralNode {
    const token = this.#peek();
    if (token.kind === "string") {
      this.#take();
      return { value: token.text, at: token };
    }
    if (this.#isKeyword("true") || this.#isKeyword("false")) {
      this.#take();
      return { value: token.text.toLowerCase() === "true", at: token };
    }
    const minus = this.#isSymbol("-") ? this.#take() : undefined;
    const number = this.#peek();
    if (number.kind !== "number")
      this.#fail("a value: a number, 'text' or a date 'YYYY-MM-DD', true or false");
    this.#take();
    const value = Number(number.text);
    return { value: minus ? -value : value, at: minus ?? number };
  }
}
