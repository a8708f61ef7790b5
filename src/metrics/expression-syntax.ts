// The syntax tree of a KPI expression, as the parser reads it: names are not yet checked
// against the sources (expression-checker.ts does that), but every node keeps its position.

import type { Position } from "./expression-tokens.ts";
import type { Aggregation, ArithmeticOperator, ComparisonOperator, Literal } from "./model.ts";

/** `google_ads.cost`, `hubspot_contacts`, or (inside `where`) `original_source`. */
export interface NameNode {
  parts: string[];
  at: Position;
}

export interface LiteralNode {
  value: Literal;
  at: Position;
}

export type ConditionNode =
  | { kind: "compare"; field: NameNode; operator: ComparisonOperator; value: LiteralNode }
  | { kind: "compare_fields"; field: NameNode; operator: ComparisonOperator; other: NameNode }
  | { kind: "in"; field: NameNode; values: LiteralNode[]; negated: boolean }
  | { kind: "is_null"; field: NameNode; negated: boolean }
  /** A boolean field on its own: `where certified`. */
  | { kind: "is_true"; field: NameNode }
  | { kind: "and" | "or"; left: ConditionNode; right: ConditionNode }
  | { kind: "not"; condition: ConditionNode; at: Position };

/** Functions that take an expression rather than a measure's rows. */
export type Wrapper = "latest" | "previous_year";

export type ExpressionNode =
  | { kind: "number"; value: number; at: Position }
  | { kind: "negate"; operand: ExpressionNode; at: Position }
  | {
      kind: "binary";
      operator: ArithmeticOperator;
      left: ExpressionNode;
      right: ExpressionNode;
      at: Position;
    }
  /** A bare name: another KPI, e.g. `ad_spend` in `ad_revenue / ad_spend`. */
  | { kind: "kpi"; name: string; at: Position }
  | {
      kind: "aggregate";
      aggregation: Aggregation;
      target: NameNode;
      where?: ConditionNode | undefined;
      by?: NameNode | undefined;
      at: Position;
    }
  | { kind: "wrapper"; wrapper: Wrapper; argument: ExpressionNode; at: Position };
