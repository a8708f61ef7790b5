// A status as a badge: colour, a symbol and the word, so it reads without colour too.

import { Badge, type MantineColor } from "@mantine/core";
import type { Status } from "../api/types.ts";
import { useLanguage } from "../i18n/language.tsx";

export const statusColor: Record<Status, MantineColor> = {
  green: "green",
  amber: "orange",
  red: "red",
  no_data: "gray",
};

export const statusSymbol: Record<Status, string> = {
  green: "✓",
  amber: "!",
  red: "✕",
  no_data: "–",
};

export function StatusBadge({
  status,
  size = "md",
}: {
  status: Status;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useLanguage();
  return (
    <Badge
      miw="max-content"
      color={statusColor[status]}
      variant={status === "no_data" ? "outline" : "light"}
      size={size}
      leftSection={<span aria-hidden="true">{statusSymbol[status]}</span>}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
