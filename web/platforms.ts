/** The ad platforms by the names their users know them by. */
const platforms: Record<string, string> = { google_ads: "Google Ads", meta_ads: "Meta Ads" };

export function platformName(platform: string): string {
  return platforms[platform] ?? platform;
}
