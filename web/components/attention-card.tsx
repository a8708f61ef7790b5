// The first thing on the page: the reddest objective, why, and where to look next; or that
// the period has no data at all; or that everything measured is green.

import { Alert, Group, Stack, Text } from "@mantine/core";
import type { ScorecardEvaluation } from "../api/types.ts";
import { type Attention, verdictOf } from "../attention.ts";
import { kpiReason } from "../i18n/explanation.ts";
import { formatDay, formatPeriod, formatScore } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { daysOf } from "../periods.ts";
import { AppLink } from "../routing.tsx";
import { type ScorecardView, searchOfView } from "../scorecard-view.ts";
import { StatusBadge } from "./status-badge.tsx";

interface AttentionCardProps {
  evaluation: ScorecardEvaluation;
  view: ScorecardView;
}

export function AttentionCard({ evaluation, view }: AttentionCardProps) {
  const { t, language } = useLanguage();
  const verdict = verdictOf(evaluation);
  if (verdict.kind === "attention") {
    return <NeedsAttention attention={verdict.attention} evaluation={evaluation} view={view} />;
  }
  if (verdict.kind === "no-data") {
    const latest = view.dataRange.latest.month;
    const period = formatPeriod(evaluation.period, language);
    return (
      <Alert color="gray" title={t("attention.noDataTitle", { period })} data-testid="no-data">
        <Text size="sm">
          {t("attention.noData", {
            first: formatDay(view.dataRange.firstDay, language),
            last: formatDay(view.dataRange.lastDay, language),
          })}
        </Text>
        {latest !== evaluation.period && (
          <Text size="sm" mt="xs">
            <AppLink href={`/${searchOfView({ ...view, period: latest, toDate: false })}`}>
              {t("attention.noDataLink", { period: formatPeriod(latest, language) })}
            </AppLink>
          </Text>
        )}
      </Alert>
    );
  }
  if (verdict.withoutData > 0) {
    return (
      <Alert color="green" title={t("attention.allGreenWithout")} data-testid="all-green">
        {t("attention.someWithoutData", {
          count: verdict.withoutData,
          total: verdict.objectives,
        })}
      </Alert>
    );
  }
  return (
    <Alert color="green" title={t("attention.allGreenTitle")} data-testid="all-green">
      {t("attention.allGreen")}
    </Alert>
  );
}

function NeedsAttention({
  attention,
  evaluation,
  view,
}: {
  attention: Attention;
  evaluation: ScorecardEvaluation;
  view: ScorecardView;
}) {
  const { t, name, language } = useLanguage();
  const { objective, perspective, kpi } = attention;
  const search = searchOfView(view);
  // The campaigns of the days evaluated: the period, or its part up to the day counted.
  const days = daysOf(evaluation.period, view.fiscal);
  const campaigns = new URLSearchParams(search);
  campaigns.set("from", days.start);
  campaigns.set("to", evaluation.through ?? days.end);
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
            :{" "}
            {kpiReason(kpi.explanation, kpi.unit, {
              t,
              language,
              currency: view.organisation.currency,
            })}
          </Text>
        )}
        <Text size="sm">
          <AppLink href={`/campaigns?${campaigns.toString()}`} data-testid="campaigns-link">
            {t("attention.campaigns")}
          </AppLink>
        </Text>
      </Stack>
    </Alert>
  );
}
