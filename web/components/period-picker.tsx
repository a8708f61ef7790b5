// Which period to look at: month, quarter or year, which one, and whole or to date
// (MTD/QTD/YTD: up to the last day with data).

import { Group, SegmentedControl, Select, Switch } from "@mantine/core";
import { formatPeriod } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { periodChoices } from "../periods.ts";
import type { ScorecardView } from "../scorecard-view.ts";
import type { Grain } from "../selection.ts";

const grains: Grain[] = ["month", "quarter", "year"];

export function PeriodPicker({ view }: { view: ScorecardView }) {
  const { t, language } = useLanguage();
  const choices = periodChoices(view.dataRange, view.grain, view.fiscal);
  // A period the address names outside the data (1900-01) is still the one shown.
  if (!choices.includes(view.period)) choices.unshift(view.period);
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <SegmentedControl
        aria-label={t("period.grain")}
        value={view.grain}
        onChange={(grain) => view.selectGrain(grain as Grain)}
        data={grains.map((grain) => ({ value: grain, label: t(`period.${grain}`) }))}
      />
      <Select
        aria-label={t("period.choose")}
        data-testid="period-select"
        value={view.period}
        onChange={(period) => period && view.select({ period })}
        data={choices.map((key) => ({ value: key, label: formatPeriod(key, language) }))}
        allowDeselect={false}
        searchable
        w={180}
        comboboxProps={{ withinPortal: true }}
      />
      <Switch
        label={t(`period.toDate.${view.grain}`)}
        checked={view.toDate}
        onChange={(event) => view.select({ toDate: event.currentTarget.checked, whole: false })}
      />
    </Group>
  );
}
