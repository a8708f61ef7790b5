// Debian's Chromium, driven by playwright-core: no browser is downloaded.

import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const chromiumPath = process.env.FOURFOLD_CHROMIUM ?? "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** A laptop screen: the smallest the app is made for. */
export const laptop = { width: 1366, height: 800 };

const root = fileURLToPath(new URL("../../", import.meta.url));
const screenshots = join(root, "test-results/screenshots");

/** Saves what the page shows, for people to look at: test-results/screenshots/NAME.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.png`);
  // From the top: the header is fixed, and would otherwise sit across the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Copies the screenshots to docs/screenshots, where they are committed (on request). */
export function publishScreenshots(names: string[]): void {
  const docs = join(root, "docs/screenshots");
  mkdirSync(docs, { recursive: true });
  for (const name of names)
    copyFileSync(join(screenshots, `${name}.png`), join(docs, `${name}.png`));
}
