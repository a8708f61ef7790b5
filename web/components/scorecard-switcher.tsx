import { Select } from "@mantine/core";
import { useLanguage } from "../i18n/language.tsx";
import type { ScorecardView } from "../scorecard-view.ts";

/** Which of the organisation's scorecards to look at. */
export function ScorecardSwitcher({ view }: { view: ScorecardView }) {
  const { t, name } = useLanguage();
  if (view.scorecards.length === 0) return null;
  return (
    <Select
      aria-label={t("scorecard.choose")}
      value={view.scorecard?.key ?? null}
      onChange={(scorecard) => scorecard && view.select({ scorecard })}
      data={view.scorecards.map((s) => ({ value: s.key, label: name(s.name) }))}
      allowDeselect={false}
      w={240}
    />
  );
}
