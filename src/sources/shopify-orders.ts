// Shopify admin → Orders → Export, "Plain CSV file": one row per line item. An order's rows
// are adjacent and share `Name`; only its first row (the one with `Created at`) carries the
// order's fields, so the record of an order is read from that row and its later rows are
// checked to belong to it (fixtures/more-sources/README.md, "shopify_orders_export.csv").

import { shownValue } from "./row-errors.ts";
import type { RowReader } from "./row-reader.ts";
import type { SourceAdapter } from "./source-adapter.ts";

export interface ShopifyOrder {
  /** `#10412`: the order's number, unique in a shop. */
  name: string;
  orderId: string | null;
  /** The customer: the email trimmed and lower-cased, nothing else changed. */
  customerEmail: string;
  /** The UTC instant and the local date as written (the shop's wall-clock date). */
  createdAt: string;
  orderDate: string;
  cancelled: boolean;
  financialStatus: string | null;
  /** Exact decimals in the shop's currency. */
  subtotal: string;
  shipping: string;
  taxes: string;
  total: string;
  discountAmount: string;
  refundedAmount: string;
  salesChannel: string | null;
}

type ShopifyField =
  | "name"
  | "orderId"
  | "email"
  | "createdAt"
  | "cancelledAt"
  | "financialStatus"
  | "subtotal"
  | "shipping"
  | "taxes"
  | "total"
  | "discountAmount"
  | "refundedAmount"
  | "salesChannel";

const money = (field: ShopifyField, english: string, required = true) =>
  ({ field, english: [english], required, numeric: true }) as const;

function orderOf(row: RowReader<ShopifyField>): ShopifyOrder | undefined {
  const created = row.timestamp("createdAt");
  const record: ShopifyOrder = {
    name: row.text("name"),
    orderId: row.optionalText("orderId"),
    customerEmail: row.text("email").toLowerCase(),
    createdAt: created.instant,
    // The local date as written: Shopify writes the shop's wall-clock time with its offset.
    orderDate: row.cell("createdAt").slice(0, 10),
    cancelled: row.cell("cancelledAt") !== "",
    financialStatus: row.optionalText("financialStatus"),
    subtotal: row.decimal("subtotal"),
    shipping: row.decimalOrZero("shipping"),
    taxes: row.decimalOrZero("taxes"),
    total: row.decimal("total"),
    discountAmount: row.decimalOrZero("discountAmount"),
    refundedAmount: row.decimalOrZero("refundedAmount"),
    salesChannel: row.optionalText("salesChannel"),
  };
  return row.failed ? undefined : record;
}

export const shopifyOrders: SourceAdapter<"shopify", ShopifyOrder, ShopifyField> = {
  name: "shopify_orders",
  label: "Shopify orders export",
  kind: "shopify",
  columns: [
    { field: "name", english: ["Name"], required: true },
    { field: "email", english: ["Email"], required: true },
    { field: "financialStatus", english: ["Financial Status"], required: false },
    money("subtotal", "Subtotal"),
    money("shipping", "Shipping", false),
    money("taxes", "Taxes", false),
    money("total", "Total"),
    money("discountAmount", "Discount Amount", false),
    { field: "createdAt", english: ["Created at"], required: true },
    { field: "cancelledAt", english: ["Cancelled at"], required: true },
    money("refundedAmount", "Refunded Amount"),
    { field: "orderId", english: ["Id"], required: false },
    { field: "salesChannel", english: ["Source"], required: false },
  ],
  naturalKey: ["name"],
  numberFormat: "english",

  toRecord(row) {
    return row.cell("createdAt") === "" ? undefined : orderOf(row);
  },

  // A row without `Created at` continues the order above it, which must have the same Name.
  fileReader() {
    let current: string | undefined;
    return (row) => {
      if (row.cell("createdAt") !== "") {
        current = row.cell("name");
        return orderOf(row);
      }
      const name = row.cell("name");
      if (current === undefined || name !== current) {
        const first =
          current === undefined
            ? "no order's first row comes before it"
            : `the rows above belong to ${shownValue(current)}`;
        row.fail(
          "name",
          `continues an order (its \`Created at\` is empty), but ${first}: ` +
            "an order's first row, with `Created at`, must come just before its other rows",
        );
      }
      return undefined;
    };
  },
};
