// What an empty Fourfold shows instead of a scorecard: what is there, what is missing, and
// the next step. Until accounts and a web setup arrive, the steps are the command line's,
// which needs the server stopped (it holds the DuckDB file).

import { Alert, Code, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { FourfoldStatus } from "../api/types.ts";
import { formatDay } from "../i18n/format.ts";
import { type MessageKey, useLanguage } from "../i18n/language.tsx";

export function FirstStepsPage({ setup }: { setup: FourfoldStatus }) {
  const { t, language } = useLanguage();
  const organisation = setup.organisation;
  const checks: { done: boolean; label: string }[] = [
    {
      done: organisation !== null,
      label: organisation
        ? t("start.hasOrganisation", { name: organisation.name })
        : t("start.noOrganisation"),
    },
    {
      done: setup.lastDayWithData !== null,
      label: setup.lastDayWithData
        ? t("start.hasData", { day: formatDay(setup.lastDayWithData, language) })
        : t("start.noData"),
    },
    {
      done: setup.scorecards > 0,
      label: setup.scorecards > 0 ? t("start.hasScorecards") : t("start.noScorecard"),
    },
  ];
  const steps: { key: MessageKey; command: string }[] = [];
  if (!organisation) {
    steps.push({
      key: "start.step.init",
      command:
        'npm run fourfold -- init --name "My company" --timezone Europe/Copenhagen --currency DKK',
    });
  }
  if (!setup.lastDayWithData) {
    steps.push({ key: "start.step.import", command: "npm run fourfold -- import FILE…" });
  }
  if (setup.scorecards === 0) {
    steps.push({ key: "start.step.apply", command: "npm run fourfold -- apply FILE" });
  }
  return (
    <Stack gap="md" maw={820} data-testid="first-steps">
      <Title order={1} size="h2">
        {t("start.title")}
      </Title>
      <Text>{t("start.intro")}</Text>
      <List spacing={6} center>
        {checks.map((check) => (
          <List.Item
            key={check.label}
            data-done={check.done}
            icon={
              <ThemeIcon size={22} radius="xl" color={check.done ? "green" : "gray"}>
                <span aria-hidden="true">{check.done ? "✓" : "–"}</span>
              </ThemeIcon>
            }
          >
            {check.label}
          </List.Item>
        ))}
      </List>
      {!organisation && (
        <Alert color="blue" title={t("start.demoTitle")}>
          {t("start.demo")}
        </Alert>
      )}
      <Title order={2} size="h4">
        {organisation ? t("start.nextSteps") : t("start.ownData")}
      </Title>
      <Text>{t("start.stopServer")}</Text>
      <List type="ordered" spacing="sm">
        {steps.map((step) => (
          <List.Item key={step.key}>
            <Text>{t(step.key)}</Text>
            <Code block mt={4}>
              {step.command}
            </Code>
          </List.Item>
        ))}
        <List.Item>
          <Text>{t("start.step.start")}</Text>
          <Code block mt={4}>
            npm start
          </Code>
        </List.Item>
      </List>
      <Text c="dimmed" size="sm">
        {t("start.later")}
      </Text>
    </Stack>
  );
}
