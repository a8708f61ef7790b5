import { Text } from "@mantine/core";
import { formatDay, formatPeriod } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";

/** "October 2026", or for a to-date view "October 2026, to date: up to 12 Oct 2026". */
export function PeriodHeading({ period, through }: { period: string; through: string | null }) {
  const { t, language } = useLanguage();
  const label = formatPeriod(period, language);
  return (
    <Text c="dimmed" data-testid="period-heading">
      {through
        ? t("period.throughDay", { period: label, day: formatDay(through, language) })
        : label}
    </Text>
  );
}
