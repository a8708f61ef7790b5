// The shop's customers by the month of their first order, and what each customer of a cohort
// spent on average in that month and the months after: the rows behind the 12-month
// customer value and the repeat customer rate.

import { ScrollArea, Table, Text, Title } from "@mantine/core";
import { useApi } from "../api/use-api.ts";
import { formatPeriodShort, formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { WithAnswer } from "./api-state.tsx";

/** The KPIs whose page shows the cohorts (metrics/cohorts.ts, COHORT_KPIS). */
export const cohortKpis = [
  "customer_lifetime_value_12m",
  "repeat_customer_rate",
  "new_shop_customers",
];

interface CustomerCohorts {
  months: number;
  cohorts: { month: string; customers: number; spend: number[] }[];
}

/** The months after the first order a table shows: "0", "1", … */
function offsetsOf(months: number): string[] {
  return Array.from({ length: months }, (_, offset) => String(offset));
}

export function CohortTable({ kpiKey, currency }: { kpiKey: string; currency: string }) {
  const { t, language } = useLanguage();
  const answer = useApi<CustomerCohorts>(`/api/kpis/${encodeURIComponent(kpiKey)}/cohorts`);
  return (
    <section aria-labelledby="cohorts-title" data-testid="cohort-table">
      <Title order={2} size="h4" mb="xs" id="cohorts-title">
        {t("cohorts.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("cohorts.explanation")}
      </Text>
      <WithAnswer state={answer}>
        {({ months, cohorts }) => (
          <ScrollArea>
            <Table striped withTableBorder fz="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("cohorts.firstOrder")}</Table.Th>
                  <Table.Th ta="right">{t("cohorts.customers")}</Table.Th>
                  {offsetsOf(months).map((offset) => (
                    <Table.Th key={offset} ta="right">
                      {t("cohorts.month", { month: offset })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cohorts.map((cohort) => (
                  <Table.Tr key={cohort.month} data-cohort={cohort.month}>
                    <Table.Td>{formatPeriodShort(cohort.month, language)}</Table.Td>
                    <Table.Td ta="right">
                      {formatValue(cohort.customers, "count", language, currency)}
                    </Table.Td>
                    {offsetsOf(months).map((offset) => (
                      <Table.Td key={offset} ta="right">
                        {formatValue(
                          (cohort.spend[Number(offset)] ?? 0) / cohort.customers,
                          "currency",
                          language,
                          currency,
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </WithAnswer>
    </section>
  );
}
