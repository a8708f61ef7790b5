import { Alert, Text } from "@mantine/core";
import { formatPeriod } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { AppLink, useLocation } from "../routing.tsx";

/** An address naming a period the app cannot show (`9999-99`, `abc`), and the way back. */
export function BadPeriod({ period, latestMonth }: { period: string; latestMonth: string }) {
  const { t, language } = useLanguage();
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  params.set("period", latestMonth);
  return (
    <Alert color="orange" title={t("badPeriod.title")} role="alert" data-testid="bad-period">
      <Text size="sm">{t("badPeriod.explanation", { period })}</Text>
      <Text size="sm" mt="xs">
        <AppLink href={`${pathname}?${params.toString()}`} data-testid="bad-period-way-back">
          {t("badPeriod.wayBack", { period: formatPeriod(latestMonth, language) })}
        </AppLink>
      </Text>
    </Alert>
  );
}
