// The home page: the scorecard a CMO opens on Monday. The four perspectives, each objective
// with its score and status, each KPI with actual, target, status, trend and change.

import { Group, Stack, Text, Title } from "@mantine/core";
import { evaluationPath } from "../api/evaluation-path.ts";
import type { RollUpNode, ScorecardEvaluation } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { WithAnswer } from "../components/api-state.tsx";
import { AttentionCard } from "../components/attention-card.tsx";
import { PeriodHeading } from "../components/period-heading.tsx";
import { PerspectiveSection } from "../components/perspective-section.tsx";
import { Score } from "../components/score.tsx";
import { ViewToolbar } from "../components/view-toolbar.tsx";
import { useLanguage } from "../i18n/language.tsx";
import { type ScorecardView, searchOfView } from "../scorecard-view.ts";

export function ScorecardPage({ view }: { view: ScorecardView }) {
  const { t, name } = useLanguage();
  const evaluation = useApi<ScorecardEvaluation>(evaluationPath(view));
  if (!view.scorecard) return <Text>{t("scorecard.none")}</Text>;
  const search = searchOfView(view);
  const currency = view.organisation.currency;
  return (
    <Stack gap="md">
      <ViewToolbar view={view} />
      <WithAnswer state={evaluation}>
        {(scorecard) => (
          <Stack gap="md" data-testid="scorecard" data-period={scorecard.period}>
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={1} size="h2">
                  {name(scorecard.name, scorecard.key)}
                </Title>
                <PeriodHeading period={scorecard.period} through={scorecard.through} view={view} />
              </div>
              <Score score={scorecard.score} status={scorecard.status} size="lg" />
            </Group>
            <AttentionCard evaluation={scorecard} view={view} />
            {scorecard.children
              .filter((node): node is RollUpNode => node.kind !== "kpi")
              .map((perspective) => (
                <PerspectiveSection
                  key={perspective.key}
                  perspective={perspective}
                  currency={currency}
                  search={search}
                />
              ))}
          </Stack>
        )}
      </WithAnswer>
    </Stack>
  );
}
