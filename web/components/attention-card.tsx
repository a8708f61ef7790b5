// The first thing on the page: the reddest objective, why, and where to look next.

import { Alert, Group, Stack, Text } from "@mantine/core";
import type { ScorecardEvaluation } from "../api/types.ts";
import { needsAttention } from "../attention.ts";
import { kpiReason } from "../i18n/explanation.ts";
import { formatScore } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { AppLink } from "../routing.tsx";
import { StatusBadge } from "./status-badge.tsx";

interface AttentionCardProps {
  evaluation: ScorecardEvaluation;
  currency: string;
  search: string;
}

export function AttentionCard({ evaluation, currency, search }: AttentionCardProps) {
  const { t, name, language } = useLanguage();
  const attention = needsAttention(evaluation);
  if (!attention) {
    return (
      <Alert color="green" title={t("attention.allGreenTitle")}>
        {t("attention.allGreen")}
      </Alert>
    );
  }
  const { objective, perspective, kpi } = attention;
  return (
    <Alert
      color={objective.status === "red" ? "red" : "orange"}
      title={t("attention.title")}
      data-testid="attention"
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={700} data-testid="attention-objective">
            {name(objective.name, objective.key)}
          </Text>
          <Text c="dimmed">
            ({name(perspective.name, perspective.key)}) · {formatScore(objective.score, language)}
          </Text>
          <StatusBadge status={objective.status} size="sm" />
        </Group>
        {kpi && (
          <Text size="sm">
            {t("attention.because")}{" "}
            <AppLink href={`/kpis/${encodeURIComponent(kpi.key)}${search}`} fw={600}>
              {name(kpi.name, kpi.key)}
            </AppLink>
            : {kpiReason(kpi.explanation, kpi.unit, { t, language, currency })}
          </Text>
        )}
        <Text size="sm">
          <AppLink href={`/campaigns${search}`}>{t("attention.campaigns")}</AppLink>
        </Text>
      </Stack>
    </Alert>
  );
}
