// Every campaign with its money and its ratios, sortable by any column.

import { Badge, Table, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import type { Campaign } from "../api/types.ts";
import type { Flag } from "../campaign-flags.ts";
import { formatNumber, formatPeriod, formatValue } from "../i18n/format.ts";
import { type MessageKey, useLanguage } from "../i18n/language.tsx";
import { platformName } from "../platforms.ts";
import { Sparkline } from "./sparkline.tsx";

type Column = {
  key: keyof Campaign;
  label: MessageKey;
  unit?: "currency" | "ratio" | "percent";
};

const columns: Column[] = [
  { key: "spend", label: "campaigns.spend", unit: "currency" },
  { key: "revenue", label: "campaigns.revenue", unit: "currency" },
  { key: "roas", label: "campaigns.roas", unit: "ratio" },
  { key: "cpa", label: "campaigns.cpa", unit: "currency" },
  { key: "ctr", label: "campaigns.ctr", unit: "percent" },
  { key: "conversion_rate", label: "campaigns.conversionRate", unit: "percent" },
  { key: "clicks", label: "campaigns.clicks" },
];

type SortKey = "campaign" | "platform" | keyof Campaign;

interface CampaignTableProps {
  campaigns: Campaign[];
  flags: Map<Campaign, Flag[]>;
  currency: string;
  testId?: string;
}

export function CampaignTable({ campaigns, flags, currency, testId }: CampaignTableProps) {
  const { t, language } = useLanguage();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean } | null>(null);
  const sorted = sort ? [...campaigns].sort(compareBy(sort.key, sort.descending)) : campaigns;
  const header = (key: SortKey, label: MessageKey, numeric: boolean) => {
    const active = sort?.key === key;
    const direction = active ? (sort.descending ? "descending" : "ascending") : "none";
    return (
      <Table.Th key={key} aria-sort={direction} ta={numeric ? "right" : "left"}>
        <UnstyledButton
          fw={700}
          fz="sm"
          onClick={() => setSort({ key, descending: active ? !sort.descending : numeric })}
        >
          {t(label)}
          <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : " ↕"}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table.ScrollContainer minWidth={980} type="native">
      <Table striped highlightOnHover data-testid={testId} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {header("campaign", "campaigns.campaign", false)}
            {header("platform", "campaigns.platform", false)}
            {columns.map((c) => header(c.key, c.label, true))}
            <Table.Th>{t("campaigns.flag")}</Table.Th>
            <Table.Th>{t("campaigns.trend")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((campaign) => {
            const own = flags.get(campaign) ?? [];
            return (
              <Table.Tr
                key={`${campaign.platform}/${campaign.campaign}`}
                data-campaign={campaign.campaign}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {campaign.campaign}
                  </Text>
                </Table.Td>
                <Table.Td>{platformName(campaign.platform)}</Table.Td>
                {columns.map((c) => {
                  const value = campaign[c.key] as number | null;
                  return (
                    <Table.Td key={c.key} ta="right" style={{ whiteSpace: "nowrap" }}>
                      {c.unit
                        ? formatValue(value, c.unit, language, currency)
                        : formatNumber(value, language)}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  <FlagMark flags={own} />
                </Table.Td>
                <Table.Td>
                  <Sparkline
                    values={campaign.trend.map((p) => p.roas)}
                    label={t("campaigns.trendLabel", {
                      from: campaign.trend[0]
                        ? formatPeriod(campaign.trend[0].period, language)
                        : "",
                      count: campaign.trend.length,
                    })}
                    width={80}
                    height={24}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function compareBy(key: SortKey, descending: boolean) {
  return (a: Campaign, b: Campaign): number => {
    const [x, y] = [a[key as keyof Campaign], b[key as keyof Campaign]];
    // Campaigns without a value go last in either direction.
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order =
      typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  };
}

/** The worst of a campaign's flags, short enough for a table cell. */
function FlagMark({ flags }: { flags: Flag[] }) {
  const { t } = useLanguage();
  const worst = flags.find((f) => f.kind === "loses_money") ?? flags[0];
  if (!worst) return null;
  const loses = worst.kind === "loses_money";
  return (
    <Badge
      miw="max-content"
      color={loses ? "red" : "orange"}
      variant={loses ? "filled" : "light"}
      size="sm"
      leftSection={<span aria-hidden="true">{loses ? "✕" : "!"}</span>}
    >
      {t(loses ? "campaigns.losesMoney" : "campaigns.belowTarget")}
    </Badge>
  );
}
