// The change since the previous period, with an arrow and a sign, coloured by whether it is
// good news for this KPI (more ROAS is good, more CPC is not).

import { Text } from "@mantine/core";
import type { Polarity, Unit } from "../api/types.ts";
import { formatChange } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";

interface ChangeProps {
  current: number | null | undefined;
  previous: number | null | undefined;
  unit: Unit | string;
  polarity: Polarity;
  currency: string;
  previousLabel: string;
}

export function Change({
  current,
  previous,
  unit,
  polarity,
  currency,
  previousLabel,
}: ChangeProps) {
  const { language, t } = useLanguage();
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return (
      <Text size="sm" c="dimmed" title={t("change.none")}>
        –
      </Text>
    );
  }
  const change = current - previous;
  const arrow = change > 0 ? "▲" : change < 0 ? "▼" : "■";
  const better = polarity === "higher" ? change > 0 : polarity === "lower" ? change < 0 : null;
  const color = change === 0 || better === null ? "dimmed" : better ? "green.8" : "red.8";
  const text = formatChange(change, unit, language, currency);
  return (
    <Text
      size="sm"
      c={color}
      title={t("change.since", { period: previousLabel })}
      style={{ whiteSpace: "nowrap" }}
    >
      <span aria-hidden="true">{arrow} </span>
      {text}
    </Text>
  );
}
