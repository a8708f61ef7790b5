// Which days the scores count: the whole period, or, when its data ends early, the period
// through its last day counted (issue 9, finding 10), with a switch to the whole period.

import { Group, Switch, Text } from "@mantine/core";
import { formatDay, formatPeriod } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { daysOf } from "../periods.ts";
import type { ScorecardView } from "../scorecard-view.ts";

interface PeriodHeadingProps {
  /** The evaluation's period and last day counted (null: the whole period). */
  period: string;
  through: string | null;
  view: ScorecardView;
}

/** "October 2026", or for a period counted to a day "Q4 2026, through 31 Oct 2026". */
export function PeriodHeading({ period, through, view }: PeriodHeadingProps) {
  const { t, language } = useLanguage();
  const label = formatPeriod(period, language);
  const lastDay = view.dataRange.lastDay;
  const endsLate = daysOf(period, view.fiscal).end > lastDay;
  const text = through
    ? t("period.throughDay", { period: label, day: formatDay(through, language) })
    : view.whole && endsLate
      ? t("period.wholeOn", { period: label, day: formatDay(lastDay, language) })
      : label;
  return (
    <Group gap="md" wrap="wrap" align="center">
      <Text c="dimmed" data-testid="period-heading">
        {text}
      </Text>
      {(through !== null || view.whole) && (
        <Switch
          size="xs"
          label={t("period.whole")}
          title={through ? t("period.wholeHelp", { day: formatDay(through, language) }) : undefined}
          checked={view.whole}
          data-testid="whole-period"
          onChange={(event) => view.select({ whole: event.currentTarget.checked, toDate: false })}
        />
      )}
    </Group>
  );
}
