// The frame around every page: the organisation, the pages, the language. Pages with heavy
// charts (ECharts, the strategy map's graph) load on demand, so the scorecard opens fast.

import { AppShell, Burger, Group, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { Failed, Waiting } from "./components/api-state.tsx";
import { BadPeriod } from "./components/bad-period.tsx";
import { ErrorBoundary } from "./components/error-boundary.tsx";
import { LanguageSwitch } from "./components/language-switch.tsx";
import { type MessageKey, useLanguage } from "./i18n/language.tsx";
import { FirstStepsPage } from "./pages/first-steps-page.tsx";
import { ScorecardPage } from "./pages/scorecard-page.tsx";
import { navigate, type Route, routeOf, useLocation } from "./routing.tsx";
import { type ScorecardView, searchOfView, useScorecardView } from "./scorecard-view.ts";

const KpiPage = lazy(() => import("./pages/kpi-page.tsx"));
const StrategyMapPage = lazy(() => import("./pages/strategy-map-page.tsx"));
const CampaignsPage = lazy(() => import("./pages/campaigns-page.tsx"));

const pages: { page: Route["page"]; path: string; label: MessageKey }[] = [
  { page: "scorecard", path: "/", label: "nav.scorecard" },
  { page: "strategy-map", path: "/strategy-map", label: "nav.strategyMap" },
  { page: "campaigns", path: "/campaigns", label: "nav.campaigns" },
];

export function App() {
  const { t } = useLanguage();
  const { pathname, search: address } = useLocation();
  const route = routeOf(pathname);
  const view = useScorecardView();
  const [opened, { toggle, close }] = useDisclosure(false);
  const search = view.status === "done" ? searchOfView(view.data) : "";
  const title = `${t(pageTitle(route))} · Fourfold`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("nav.menu")}
            />
            <Title order={2} size="h4">
              Fourfold
            </Title>
            {view.status === "done" && (
              <Text c="dimmed" size="sm" visibleFrom="xs" data-testid="organisation">
                {view.data.organisation.name}
              </Text>
            )}
            {view.status === "setting-up" && view.setup.organisation && (
              <Text c="dimmed" size="sm" visibleFrom="xs" data-testid="organisation">
                {view.setup.organisation.name}
              </Text>
            )}
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("nav.label")}>
        {pages.map((page) => (
          <NavLink
            key={page.page}
            href={page.path + search}
            label={t(page.label)}
            active={route.page === page.page || (page.page === "scorecard" && route.page === "kpi")}
            aria-current={route.page === page.page ? "page" : undefined}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              close();
              navigate(page.path + search);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary resetKey={pathname + address}>
          {view.status === "error" && <Failed error={view.error} />}
          {view.status === "loading" && <Waiting />}
          {view.status === "setting-up" && <FirstStepsPage setup={view.setup} />}
          {view.status === "bad-period" && (
            <BadPeriod period={view.period} latestMonth={view.latestMonth} />
          )}
          {view.status === "done" && <Page route={route} view={view.data} />}
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

function Page({ route, view }: { route: Route; view: ScorecardView }): ReactNode {
  const { t } = useLanguage();
  switch (route.page) {
    case "scorecard":
      return <ScorecardPage view={view} />;
    case "kpi":
      return (
        <Suspense fallback={<Waiting />}>
          <KpiPage view={view} kpiKey={route.kpi} />
        </Suspense>
      );
    case "strategy-map":
      return (
        <Suspense fallback={<Waiting />}>
          <StrategyMapPage view={view} />
        </Suspense>
      );
    case "campaigns":
      return (
        <Suspense fallback={<Waiting />}>
          <CampaignsPage view={view} />
        </Suspense>
      );
    case "not-found":
      return <Text>{t("notFound")}</Text>;
  }
}

function pageTitle(route: Route): MessageKey {
  switch (route.page) {
    case "kpi":
      return "nav.kpi";
    case "strategy-map":
      return "nav.strategyMap";
    case "campaigns":
      return "nav.campaigns";
    default:
      return "nav.scorecard";
  }
}
