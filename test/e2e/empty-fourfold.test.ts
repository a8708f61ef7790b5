// An empty Fourfold (FOURFOLD_DEMO=off, no organisation yet) greets the user with what to
// do first, on every page, in both languages (issue 9, finding 4).

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, laptop, launchChromium, saveScreenshot } from "./browser.ts";
import { buildWebAppIfStale, type RunningServer, startServer } from "./server.ts";

const canRun = hasChromium() || process.env.CI === "true";

describe.skipIf(!canRun)("the web app of an empty Fourfold", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildWebAppIfStale();
    server = await startServer({ env: { FOURFOLD_DEMO: "off" } });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the first steps instead of an error, on the scorecard, a KPI and the campaigns", async () => {
    for (const path of ["/", "/kpis/roas", "/campaigns?period=2026-10"]) {
      const context = await browser.newContext({ viewport: laptop, locale: "en-GB" });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const steps = page.getByTestId("first-steps");
      await steps.waitFor();
      const text = await steps.textContent();
      expect(text).toContain("Welcome to Fourfold");
      expect(text).toContain("No organisation yet");
      expect(text).toContain("start it again without FOURFOLD_DEMO=off");
      expect(text).toContain("with the server stopped");
      expect(text).toContain("npm run fourfold -- init");
      expect(text).toContain("npm run fourfold -- apply FILE");
      expect(await page.getByText("The server could not answer").count()).toBe(0);
      if (path === "/") await saveScreenshot(page, "first-steps");
      await context.close();
    }
  });

  it("shows the first steps in Danish to a browser that prefers Danish", async () => {
    const context = await browser.newContext({ viewport: laptop, locale: "da-DK" });
    const page = await context.newPage();
    await page.goto(server.url);
    const steps = page.getByTestId("first-steps");
    await steps.waitFor();
    expect(await steps.textContent()).toContain("Velkommen til Fourfold");
    expect(await steps.textContent()).toContain("Ingen organisation endnu");
    await context.close();
  });
});
