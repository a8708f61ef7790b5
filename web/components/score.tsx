// A roll-up's score out of 100 beside its status, e.g. on an objective or a perspective.

import { Group, Text } from "@mantine/core";
import type { Status } from "../api/types.ts";
import { formatScore } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { StatusBadge } from "./status-badge.tsx";

export function Score({
  score,
  status,
  size = "md",
}: {
  score: number | null;
  status: Status;
  size?: "sm" | "md" | "lg";
}) {
  const { t, language } = useLanguage();
  return (
    <Group gap={8} wrap="nowrap" data-score={score ?? ""} data-status={status}>
      <Text
        fw={700}
        size={size === "lg" ? "xl" : size}
        aria-label={t("score.label", { score: formatScore(score, language) })}
      >
        {formatScore(score, language)}
      </Text>
      <StatusBadge status={status} size={size} />
    </Group>
  );
}
