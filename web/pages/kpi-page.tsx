// A KPI: why it scores what it scores this period, its actual against target over time and
// against last year, where it comes from (by campaign, platform or source), and the
// objectives and scorecards it sits on.

import {
  Accordion,
  Alert,
  Breadcrumbs,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { ApiError } from "../api/client.ts";
import { evaluationPath } from "../api/evaluation-path.ts";
import type { KpiInfo, KpiPlacement, ScorecardEvaluation } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { Failed, Waiting, WithAnswer } from "../components/api-state.tsx";
import { CohortTable, cohortKpis } from "../components/cohort-table.tsx";
import { KpiBreakdown } from "../components/kpi-breakdown.tsx";
import { KpiChart, KpiSeriesTable } from "../components/kpi-chart.tsx";
import { PeriodHeading } from "../components/period-heading.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { ViewToolbar } from "../components/view-toolbar.tsx";
import { kpiReason } from "../i18n/explanation.ts";
import { formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { kpiNodesOf, useKpiSeries } from "../kpi-series.ts";
import { AppLink } from "../routing.tsx";
import { type ScorecardView, searchOfView } from "../scorecard-view.ts";
import { searchOf } from "../selection.ts";

export default function KpiPage({ view, kpiKey }: { view: ScorecardView; kpiKey: string }) {
  const { t } = useLanguage();
  const info = useApi<KpiInfo>(`/api/kpis/${encodeURIComponent(kpiKey)}`);
  const evaluation = useApi<ScorecardEvaluation>(evaluationPath(view));
  if (info.status === "error") {
    if (!(info.error instanceof ApiError && info.error.status === 404)) {
      return <Failed error={info.error} />;
    }
    return (
      <Alert color="orange" title={t("kpi.unknown", { key: kpiKey })} data-testid="kpi-unknown">
        <AppLink href={`/${searchOfView(view)}`}>{t("crash.home")}</AppLink>
      </Alert>
    );
  }
  if (info.status === "loading") return <Waiting />;
  const kpi = info.data;
  const placed = evaluation.status === "done" ? kpiNodesOf(evaluation.data, kpiKey) : [];
  return (
    <Stack gap="md" data-testid="kpi-page" data-kpi={kpiKey}>
      <ViewToolbar view={view} />
      <KpiHeader kpi={kpi} view={view} />
      {evaluation.status === "error" && <Failed error={evaluation.error} />}
      {evaluation.status === "done" && (
        <ScoreExplanations view={view} kpi={kpi} evaluation={evaluation.data} />
      )}
      <KpiHistory
        view={view}
        kpi={kpi}
        node={placed[0]?.kpi}
        loadingScores={evaluation.status === "loading"}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {kpi.breakdowns.length > 0 && (
          <Paper withBorder p="md">
            <KpiBreakdown
              kpi={kpi}
              period={view.period}
              grain={view.grain}
              currency={view.organisation.currency}
            />
          </Paper>
        )}
        <Paper withBorder p="md">
          <Placements kpiKey={kpiKey} view={view} />
        </Paper>
      </SimpleGrid>
      {cohortKpis.includes(kpiKey) && (
        <Paper withBorder p="md">
          <CohortTable kpiKey={kpiKey} currency={view.organisation.currency} />
        </Paper>
      )}
    </Stack>
  );
}

function KpiHeader({ kpi, view }: { kpi: KpiInfo; view: ScorecardView }) {
  const { t, language } = useLanguage();
  const search = searchOfView(view);
  return (
    <div>
      <Breadcrumbs mb="xs">
        <AppLink href={`/${search}`}>{t("nav.scorecard")}</AppLink>
        <Text span>{kpi.name[language]}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {kpi.name[language]}
      </Title>
      {kpi.description[language] && (
        <Text c="dimmed" maw={800}>
          {kpi.description[language]}
        </Text>
      )}
      {kpi.source === "manual" && (
        <Text c="dimmed" size="sm" maw={800} data-testid="kpi-source">
          {t("kpi.sourceManual")}
        </Text>
      )}
      {kpi.source === "custom" && (
        <Text c="dimmed" size="sm" maw={800} data-testid="kpi-source">
          {t("kpi.sourceCustom", { expression: kpi.expression ?? "" })}
        </Text>
      )}
    </div>
  );
}

function ScoreExplanations({
  view,
  kpi,
  evaluation,
}: {
  view: ScorecardView;
  kpi: KpiInfo;
  evaluation: ScorecardEvaluation;
}) {
  const { t, language, name } = useLanguage();
  const currency = view.organisation.currency;
  const placed = kpiNodesOf(evaluation, kpi.key);
  if (placed.length === 0) {
    return (
      <Text c="dimmed">
        {t("kpi.notOnScorecard", { scorecard: name(evaluation.name, evaluation.key) })}
      </Text>
    );
  }
  const value = (v: number | null) => formatValue(v, kpi.unit, language, currency);
  return (
    <Paper withBorder p="md" data-testid="kpi-explanation">
      <PeriodHeading period={evaluation.period} through={evaluation.through} view={view} />
      {placed.map(({ kpi: node, objective }) => (
        <Stack key={objective?.key ?? node.key} gap={4} mt="xs">
          <Group gap="lg" wrap="wrap">
            <StatusBadge status={node.status} size="lg" />
            <Text>
              {t("kpi.actual")}: <strong>{value(node.actual)}</strong>
            </Text>
            <Text>
              {t("kpi.target")}: <strong>{value(node.target)}</strong>
            </Text>
            {objective && (
              <Text c="dimmed">
                {t("kpi.onObjective", { objective: name(objective.name, objective.key) })}
              </Text>
            )}
          </Group>
          <Text data-testid="kpi-reason">
            {kpiReason(node.explanation, kpi.unit, { t, language, currency })}
          </Text>
        </Stack>
      ))}
    </Paper>
  );
}

function KpiHistory({
  view,
  kpi,
  node,
  loadingScores,
}: {
  view: ScorecardView;
  kpi: KpiInfo;
  node: Parameters<typeof useKpiSeries>[2];
  loadingScores: boolean;
}) {
  const { t, language } = useLanguage();
  const series = useKpiSeries(view, kpi.key, node);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t("kpi.history")}
      </Title>
      <WithAnswer state={series}>
        {(data) => (
          <>
            <KpiChart
              series={data}
              unit={kpi.unit}
              currency={view.organisation.currency}
              name={kpi.name[language]}
            />
            {loadingScores && (
              <Text size="xs" c="dimmed">
                {t("loading")}
              </Text>
            )}
            <Accordion variant="contained" mt="sm">
              <Accordion.Item value="numbers">
                <Accordion.Control>{t("kpi.showNumbers")}</Accordion.Control>
                <Accordion.Panel>
                  <KpiSeriesTable
                    series={data}
                    unit={kpi.unit}
                    currency={view.organisation.currency}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </>
        )}
      </WithAnswer>
    </Paper>
  );
}

function Placements({ kpiKey, view }: { kpiKey: string; view: ScorecardView }) {
  const { t, name } = useLanguage();
  const answer = useApi<{ placements: KpiPlacement[] }>(
    `/api/kpis/${encodeURIComponent(kpiKey)}/placements`,
  );
  return (
    <section aria-labelledby="placements-title">
      <Title order={2} size="h4" mb="xs" id="placements-title">
        {t("kpi.placements")}
      </Title>
      <WithAnswer state={answer}>
        {({ placements }) =>
          placements.length === 0 ? (
            <Text c="dimmed">{t("kpi.noPlacements")}</Text>
          ) : (
            <Stack gap={6} data-testid="kpi-placements">
              {placements.map((p) => {
                const search = searchOf({
                  scorecard: p.scorecard.key,
                  period: view.period,
                  toDate: view.toDate,
                  whole: view.whole,
                });
                return (
                  <Text key={`${p.scorecard.key}/${p.objective.key}`} size="sm">
                    <AppLink href={`/${search}`}>{name(p.scorecard.name, p.scorecard.key)}</AppLink>
                    {" › "}
                    {t(`perspective.${p.perspective}`)}
                    {" › "}
                    <AppLink
                      href={`/strategy-map${search}${search ? "&" : "?"}objective=${encodeURIComponent(p.objective.key)}`}
                    >
                      {name(p.objective.name, p.objective.key)}
                    </AppLink>
                  </Text>
                );
              })}
            </Stack>
          )
        }
      </WithAnswer>
    </section>
  );
}
