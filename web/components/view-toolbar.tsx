import { Group } from "@mantine/core";
import type { ScorecardView } from "../scorecard-view.ts";
import { PeriodPicker } from "./period-picker.tsx";
import { ScorecardSwitcher } from "./scorecard-switcher.tsx";

/** The scorecard and period a page shows, changeable. */
export function ViewToolbar({ view }: { view: ScorecardView }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <ScorecardSwitcher view={view} />
      <PeriodPicker view={view} />
    </Group>
  );
}
