// One perspective of the scorecard: its score, then each objective with its KPIs.

import { Box, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { KpiNode, RollUpNode } from "../api/types.ts";
import { rollUpReason } from "../i18n/explanation.ts";
import { useLanguage } from "../i18n/language.tsx";
import { KpiRows } from "./kpi-rows.tsx";
import { Score } from "./score.tsx";

interface PerspectiveSectionProps {
  perspective: RollUpNode;
  currency: string;
  search: string;
}

export function PerspectiveSection({ perspective, currency, search }: PerspectiveSectionProps) {
  const { t, name, language } = useLanguage();
  const title = name(perspective.name, perspective.key);
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="md"
      aria-label={title}
      data-perspective={perspective.key}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Score score={perspective.score} status={perspective.status} />
      </Group>
      <Stack gap="md">
        {perspective.children.map((objective) => {
          if (objective.kind === "kpi") return null;
          return (
            <Box key={objective.key} data-objective={objective.key}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Title order={3} size="h5">
                  {name(objective.name, objective.key)}
                </Title>
                <Score score={objective.score} status={objective.status} size="sm" />
              </Group>
              <Text size="xs" c="dimmed" mb={4}>
                {rollUpReason(objective.explanation, { t, language, currency })}
              </Text>
              <KpiRows
                kpis={objective.children.filter((c): c is KpiNode => c.kind === "kpi")}
                currency={currency}
                search={search}
              />
            </Box>
          );
        })}
      </Stack>
    </Paper>
  );
}
