// Every campaign, the ones to act on first: those losing money, then those missing the
// scorecard's targets, each with enough clicks to judge. Filter by platform and dates.

import "@mantine/dates/styles.css";
import "dayjs/locale/da";
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { DatePickerInput, DatesProvider } from "@mantine/dates";
import { useLocalStorage } from "@mantine/hooks";
import { apiPath } from "../api/client.ts";
import { evaluationPath } from "../api/evaluation-path.ts";
import type { Campaign, ScorecardEvaluation } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import {
  campaignTargets,
  defaultMinClicks,
  type Flag,
  flaggedCampaigns,
} from "../campaign-flags.ts";
import { WithAnswer } from "../components/api-state.tsx";
import { CampaignTable } from "../components/campaign-table.tsx";
import { FlaggedCampaigns } from "../components/flagged-campaigns.tsx";
import { formatDay, formatPeriod, formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { daysOf } from "../periods.ts";
import { adPlatforms, platformName } from "../platforms.ts";
import { navigate, useLocation } from "../routing.tsx";
import type { ScorecardView } from "../scorecard-view.ts";

export default function CampaignsPage({ view }: { view: ScorecardView }) {
  const { t, language } = useLanguage();
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const from = params.get("from") ?? view.dataRange.firstDay;
  const to = params.get("to") ?? view.dataRange.lastDay;
  const platform = params.get("platform") ?? "all";
  const [minClicks, setMinClicks] = useLocalStorage({
    key: "fourfold.minClicks",
    defaultValue: defaultMinClicks,
  });
  const setParams = (change: Record<string, string | null>) => {
    for (const [name, value] of Object.entries(change)) {
      if (value === null) params.delete(name);
      else params.set(name, value);
    }
    navigate(`${pathname}?${params.toString()}`, { replace: true });
  };
  const campaigns = useApi<{ campaigns: Campaign[] }>(
    apiPath("/api/campaigns", { from, to, platform: platform === "all" ? undefined : platform }),
  );
  const evaluation = useApi<ScorecardEvaluation>(evaluationPath(view));
  const targets = campaignTargets(evaluation.data);
  const period = daysOf(view.period, view.fiscal);
  const currency = view.organisation.currency;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("campaigns.title")}
      </Title>
      <Paper withBorder p="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t("campaigns.platform")}
            value={platform}
            onChange={(value) => setParams({ platform: value === "all" ? null : value })}
            data={[
              { value: "all", label: t("campaigns.allPlatforms") },
              ...adPlatforms.map((value) => ({ value, label: platformName(value) })),
            ]}
          />
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <DatePickerInput
              type="range"
              label={t("campaigns.dates")}
              value={[from, to]}
              minDate={view.dataRange.firstDay}
              maxDate={view.dataRange.lastDay}
              valueFormat={language === "da" ? "D. MMM YYYY" : "D MMM YYYY"}
              onChange={([start, end]) => start && end && setParams({ from: start, to: end })}
              w={280}
            />
          </DatesProvider>
          <Button
            variant="default"
            onClick={() => setParams({ from: period.start, to: period.end })}
          >
            {formatPeriod(view.period, language)}
          </Button>
          <Button variant="default" onClick={() => setParams({ from: null, to: null })}>
            {t("campaigns.allTime")}
          </Button>
          <NumberInput
            label={t("campaigns.minClicks")}
            value={minClicks}
            min={0}
            step={50}
            w={160}
            onChange={(value) => setMinClicks(typeof value === "number" ? value : defaultMinClicks)}
          />
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {t("campaigns.minClicksHelp")}
        </Text>
      </Paper>
      <WithAnswer state={campaigns}>
        {({ campaigns: list }) => {
          const flagged = flaggedCampaigns(list, targets, minClicks);
          const flags = new Map<Campaign, Flag[]>(flagged.map((f) => [f.campaign, f.flags]));
          return (
            <>
              <section aria-labelledby="flagged-title">
                <Title order={2} size="h4" id="flagged-title" mb="xs">
                  {t("campaigns.actOn", {
                    from: formatDay(from, language),
                    to: formatDay(to, language),
                  })}
                </Title>
                {flagged.length === 0 ? (
                  <Alert color="green">{t("campaigns.noneFlagged")}</Alert>
                ) : (
                  <Paper withBorder p="xs">
                    <FlaggedCampaigns flagged={flagged} currency={currency} />
                  </Paper>
                )}
                {targets.length > 0 && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t("campaigns.targetsFrom", {
                      period: formatPeriod(view.period, language),
                      targets: targets
                        .map(
                          (target) =>
                            `${t(`campaigns.${target.field}`)} ${formatValue(target.target, target.kpi.unit, language, currency)}`,
                        )
                        .join(", "),
                    })}
                  </Text>
                )}
              </section>
              <section aria-labelledby="all-title">
                <Title order={2} size="h4" id="all-title" mb="xs">
                  {t("campaigns.all", { count: list.length })}
                </Title>
                <CampaignTable
                  campaigns={[
                    ...flagged.map((f) => f.campaign),
                    ...list.filter((c) => !flags.has(c)),
                  ]}
                  flags={flags}
                  currency={currency}
                  testId="campaign-table"
                />
              </section>
            </>
          );
        }}
      </WithAnswer>
    </Stack>
  );
}
