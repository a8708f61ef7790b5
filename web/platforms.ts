/** The ad platforms by the names their users know them by. */
const platforms: Record<string, string> = {
  google_ads: "Google Ads",
  meta_ads: "Meta Ads",
  linkedin_ads: "LinkedIn Ads",
};

/** The platforms a campaign can run on, in the order filters list them. */
export const adPlatforms = Object.keys(platforms);

export function platformName(platform: string): string {
  return platforms[platform] ?? platform;
}
