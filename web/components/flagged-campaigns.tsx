// The campaigns to act on, worst first, with why and how much each loses.

import { Badge, Group, Table, Text } from "@mantine/core";
import type { Flag, FlaggedCampaign } from "../campaign-flags.ts";
import { formatNumber, formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { platformName } from "../platforms.ts";

export function FlaggedCampaigns({
  flagged,
  currency,
}: {
  flagged: FlaggedCampaign[];
  currency: string;
}) {
  const { t, language } = useLanguage();
  const money = (v: number | null) => formatValue(v, "currency", language, currency);
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table data-testid="flagged-campaigns" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("campaigns.campaign")}</Table.Th>
            <Table.Th>{t("campaigns.platform")}</Table.Th>
            <Table.Th>{t("campaigns.why")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.spend")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.revenue")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.result")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.roas")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.cpa")}</Table.Th>
            <Table.Th ta="right">{t("campaigns.clicks")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {flagged.map(({ campaign, flags }) => {
            const result = campaign.revenue - campaign.spend;
            return (
              <Table.Tr
                key={`${campaign.platform}/${campaign.campaign}`}
                data-campaign={campaign.campaign}
              >
                <Table.Td fw={600}>{campaign.campaign}</Table.Td>
                <Table.Td>{platformName(campaign.platform)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {flags.map((flag) => (
                      <FlagBadge key={flagKey(flag)} flag={flag} />
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{money(campaign.spend)}</Table.Td>
                <Table.Td ta="right">{money(campaign.revenue)}</Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    c={result < 0 ? "red.8" : undefined}
                    fw={result < 0 ? 700 : undefined}
                  >
                    {result < 0 ? "−" : "+"}
                    {money(Math.abs(result))}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {formatValue(campaign.roas, "ratio", language, currency)}
                </Table.Td>
                <Table.Td ta="right">{money(campaign.cpa)}</Table.Td>
                <Table.Td ta="right">{formatNumber(campaign.clicks, language)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function flagKey(flag: Flag): string {
  return flag.kind === "misses_target" ? `${flag.kind}-${flag.field}` : flag.kind;
}

export function FlagBadge({ flag }: { flag: Flag }) {
  const { t } = useLanguage();
  if (flag.kind === "loses_money") {
    return (
      <Badge
        miw="max-content"
        color="red"
        variant="filled"
        size="sm"
        leftSection={<span aria-hidden="true">✕</span>}
      >
        {t("campaigns.losesMoney")}
      </Badge>
    );
  }
  return (
    <Badge
      miw="max-content"
      color="orange"
      variant="light"
      size="sm"
      leftSection={<span aria-hidden="true">!</span>}
    >
      {t("campaigns.missesTarget", { kpi: t(`campaigns.${flag.field}`) })}
    </Badge>
  );
}
