// A KPI broken down by campaign, platform or source for the period, largest first.

import { Group, SegmentedControl, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { apiPath } from "../api/client.ts";
import type { KpiBreakdownValues, KpiInfo } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { platformName } from "../platforms.ts";
import { WithAnswer } from "./api-state.tsx";

interface KpiBreakdownProps {
  kpi: KpiInfo;
  period: string;
  grain: string;
  currency: string;
}

export function KpiBreakdown({ kpi, period, grain, currency }: KpiBreakdownProps) {
  const { t, language } = useLanguage();
  const [dimension, setDimension] = useState(kpi.breakdowns[0]);
  const answer = useApi<KpiBreakdownValues>(
    dimension === undefined
      ? null
      : apiPath(`/api/kpis/${encodeURIComponent(kpi.key)}/values`, {
          grain,
          from: period,
          to: period,
          breakdown: dimension,
        }),
  );
  if (dimension === undefined) return null;
  const dimensionLabel = (d: string) =>
    ({
      campaign: t("breakdown.campaign"),
      platform: t("breakdown.platform"),
      original_source: t("breakdown.original_source"),
    })[d] ?? d;
  return (
    <section aria-labelledby="breakdown-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="breakdown-title">
          {t("breakdown.title")}
        </Title>
        {kpi.breakdowns.length > 1 && (
          <SegmentedControl
            aria-label={t("breakdown.by")}
            value={dimension}
            onChange={setDimension}
            data={kpi.breakdowns.map((d) => ({ value: d, label: dimensionLabel(d) }))}
          />
        )}
      </Group>
      <WithAnswer state={answer}>
        {(data) => {
          const rows = Object.entries(data.values[period] ?? {}).sort(
            ([, a], [, b]) => (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY),
          );
          if (rows.length === 0) return <Text c="dimmed">{t("breakdown.none")}</Text>;
          return (
            <Table.ScrollContainer minWidth={400} type="native">
              <Table striped data-testid="kpi-breakdown">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{dimensionLabel(dimension)}</Table.Th>
                    <Table.Th ta="right">{kpi.name[language]}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(([value, number]) => (
                    <Table.Tr key={value}>
                      <Table.Td>{value ? platformName(value) : t("breakdown.unknown")}</Table.Td>
                      <Table.Td ta="right">
                        {formatValue(number, kpi.unit, language, currency)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </WithAnswer>
    </section>
  );
}
