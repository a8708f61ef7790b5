// A KPI's actual against its target over the last periods, with the same periods one year
// earlier for comparison. The numbers are also a table, for keyboards and screen readers.

import { Table, useMantineTheme } from "@mantine/core";
import { useMemo } from "react";
import type { Unit } from "../api/types.ts";
import { formatPeriod, formatPeriodShort, formatValue, localeOf } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { type ChartOption, EChart } from "./echart.tsx";

export interface KpiSeries {
  periods: string[];
  actual: (number | null)[];
  target: (number | null)[];
  lastYear: (number | null)[];
}

interface KpiChartProps {
  series: KpiSeries;
  unit: Unit | string;
  currency: string;
  name: string;
}

export function KpiChart({ series, unit, currency, name }: KpiChartProps) {
  const { t, language } = useLanguage();
  const theme = useMantineTheme();
  const option = useMemo<ChartOption>(() => {
    const value = (v: number) => formatValue(v, unit, language, currency);
    const line = (label: string, data: (number | null)[], color: string, dashed = false) => ({
      type: "line" as const,
      name: label,
      data,
      connectNulls: false,
      symbolSize: 6,
      lineStyle: {
        color,
        width: dashed ? 1.5 : 2.5,
        type: dashed ? ("dashed" as const) : ("solid" as const),
      },
      itemStyle: { color },
    });
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: "axis",
        valueFormatter: (v) => (typeof v === "number" ? value(v) : "–"),
      },
      xAxis: {
        type: "category",
        data: series.periods.map((p) => formatPeriodShort(p, language)),
      },
      yAxis: {
        type: "value",
        axisLabel: { formatter: (v: number) => axisLabel(v, unit, language) },
      },
      series: [
        line(t("kpi.actual"), series.actual, theme.colors.indigo[7]),
        line(t("kpi.target"), series.target, theme.colors.green[7], true),
        line(t("kpi.lastYear"), series.lastYear, theme.colors.gray[5], true),
      ],
    };
  }, [series, unit, currency, language, t, theme]);
  return <EChart option={option} height={320} label={t("kpi.chartLabel", { name })} />;
}

/** Compact axis labels: `3 mio.` / `3M`, `2 %` / `2%`. */
function axisLabel(value: number, unit: Unit | string, language: "en" | "da"): string {
  const style =
    unit === "percent"
      ? { style: "percent" as const, maximumFractionDigits: 1 }
      : { notation: "compact" as const, maximumFractionDigits: 1 };
  return new Intl.NumberFormat(localeOf(language), style).format(value);
}

/** The chart's numbers as a table. */
export function KpiSeriesTable({ series, unit, currency }: Omit<KpiChartProps, "name">) {
  const { t, language } = useLanguage();
  const value = (v: number | null | undefined) => formatValue(v ?? null, unit, language, currency);
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table striped data-testid="kpi-series-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("kpi.period")}</Table.Th>
            <Table.Th ta="right">{t("kpi.actual")}</Table.Th>
            <Table.Th ta="right">{t("kpi.target")}</Table.Th>
            <Table.Th ta="right">{t("kpi.lastYear")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.periods.map((period, i) => (
            <Table.Tr key={period}>
              <Table.Td>{formatPeriod(period, language)}</Table.Td>
              <Table.Td ta="right">{value(series.actual[i])}</Table.Td>
              <Table.Td ta="right">{value(series.target[i])}</Table.Td>
              <Table.Td ta="right">{value(series.lastYear[i])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
