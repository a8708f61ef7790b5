// The KPIs of one objective: actual, target, status, the last periods and the change.

import { Table, Text } from "@mantine/core";
import type { KpiNode } from "../api/types.ts";
import { formatPeriod, formatValue } from "../i18n/format.ts";
import { type Translate, useLanguage } from "../i18n/language.tsx";
import { AppLink } from "../routing.tsx";
import { trendOf } from "../trend.ts";
import { Change } from "./change.tsx";
import { Sparkline } from "./sparkline.tsx";
import { StatusBadge } from "./status-badge.tsx";

interface KpiRowsProps {
  kpis: KpiNode[];
  currency: string;
  /** The query string that keeps the selection on the KPI page. */
  search: string;
}

export function KpiRows({ kpis, currency, search }: KpiRowsProps) {
  const { t, name, language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing={6} highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="31%">{t("kpi.kpi")}</Table.Th>
            <Table.Th w="15%" ta="right">
              {t("kpi.actual")}
            </Table.Th>
            <Table.Th w="15%" ta="right">
              {t("kpi.target")}
            </Table.Th>
            <Table.Th w="12%">{t("kpi.status")}</Table.Th>
            <Table.Th w="13%">{t("kpi.trend")}</Table.Th>
            <Table.Th w="14%" ta="right">
              {t("kpi.change")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((kpi) => {
            const trend = trendOf(kpi);
            const value = (v: number | null) => formatValue(v, kpi.unit, language, currency);
            const kpiName = name(kpi.name, kpi.key);
            const first = trend.periods[0];
            const sparkLabel = t(trend.measure === "actual" ? "trend.actuals" : "trend.scores", {
              name: kpiName,
              count: trend.periods.length,
              from: first ? formatPeriod(first, language) : "",
            });
            return (
              <Table.Tr key={kpi.key} data-kpi={kpi.key}>
                <Table.Td>
                  <AppLink href={`/kpis/${encodeURIComponent(kpi.key)}${search}`} fw={500}>
                    {kpiName}
                  </AppLink>
                </Table.Td>
                <Table.Td ta="right" data-field="actual" style={{ whiteSpace: "nowrap" }}>
                  {value(kpi.actual)}
                </Table.Td>
                <Table.Td ta="right" data-field="target" style={{ whiteSpace: "nowrap" }}>
                  <Text span c="dimmed" size="sm">
                    {targetText(kpi, value, t)}
                  </Text>
                </Table.Td>
                <Table.Td data-field="status" title={kpi.explanation.reason}>
                  <StatusBadge status={kpi.status} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Sparkline values={trend.values} status={kpi.status} label={sparkLabel} />
                </Table.Td>
                <Table.Td ta="right" data-field="change">
                  {trend.measure === "actual" ? (
                    <Change
                      current={trend.current}
                      previous={trend.previous}
                      unit={kpi.unit}
                      polarity={kpi.explanation.polarity}
                      currency={currency}
                      previousLabel={
                        trend.previousPeriod ? formatPeriod(trend.previousPeriod, language) : ""
                      }
                    />
                  ) : (
                    <Change
                      current={kpi.score}
                      previous={trend.previous}
                      unit="points"
                      polarity="higher"
                      currency={currency}
                      previousLabel={
                        trend.previousPeriod ? formatPeriod(trend.previousPeriod, language) : ""
                      }
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The target, or for a KPI scored against a range, the range: `−5.0% to 5.0%`. */
function targetText(kpi: KpiNode, value: (v: number | null) => string, t: Translate): string {
  const e = kpi.explanation;
  if (e.method === "range")
    return t("kpi.range", { low: value(e.range[0]), high: value(e.range[1]) });
  return value(kpi.target);
}
