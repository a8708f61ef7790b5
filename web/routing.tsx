// The app's four pages and their addresses. Links are real links (open in a new tab, work
// from the keyboard); a plain click changes the page without reloading it.

import { Anchor, type AnchorProps } from "@mantine/core";
import { type MouseEvent, type ReactNode, useSyncExternalStore } from "react";

export type Route =
  | { page: "scorecard" }
  | { page: "kpi"; kpi: string }
  | { page: "strategy-map" }
  | { page: "campaigns" }
  | { page: "not-found" };

export function routeOf(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { page: "scorecard" };
  const kpi = /^\/kpis\/([^/]+)\/?$/.exec(pathname);
  if (kpi?.[1]) return { page: "kpi", kpi: decodeURIComponent(kpi[1]) };
  if (/^\/strategy-map\/?$/.test(pathname)) return { page: "strategy-map" };
  if (/^\/campaigns\/?$/.test(pathname)) return { page: "campaigns" };
  return { page: "not-found" };
}

export function pathOf(route: Route): string {
  switch (route.page) {
    case "scorecard":
      return "/";
    case "kpi":
      return `/kpis/${encodeURIComponent(route.kpi)}`;
    case "strategy-map":
      return "/strategy-map";
    case "campaigns":
      return "/campaigns";
    case "not-found":
      return "/";
  }
}

const changed = "fourfold:location";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(changed, onChange);
  };
}

/** The address bar's path and query, kept current. */
export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, search: url.search };
}

/** Goes to `href`; `replace` keeps the back button for real moves, not every option. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  window.dispatchEvent(new Event(changed));
  if (!options.replace) window.scrollTo(0, 0);
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link inside the app. */
export function AppLink(
  props: AnchorProps & { href: string; children: ReactNode; "aria-label"?: string },
) {
  const { href, children, ...rest } = props;
  return (
    <Anchor
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </Anchor>
  );
}
