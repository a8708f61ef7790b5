// Organic social (Facebook page posts, Instagram account insights) and LinkedIn Ads.
// Definitions follow shared/fixtures/more-sources/README.md, "The KPIs", word for word.

import type { LibraryEntry } from "./library-entry.ts";

export const socialAndLinkedInKpis: LibraryEntry[] = [
  {
    key: "posts",
    name: { en: "Facebook posts", da: "Facebook-opslag" },
    description: {
      en: "Posts published on the Facebook page in the period.",
      da: "Opslag udgivet på Facebook-siden i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "internal",
    expression: "count(facebook_posts)",
  },
  {
    key: "post_reach",
    name: { en: "Post reach", da: "Opslagenes rækkevidde" },
    description: {
      en: "Lifetime reach of the period's posts, added up: not unique people.",
      da: "Rækkevidden for periodens opslag lagt sammen: ikke unikke personer.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(facebook_posts.reach)",
  },
  {
    key: "post_engagements",
    name: { en: "Post engagements", da: "Interaktioner med opslag" },
    description: {
      en: "Likes, comments and shares of the period's posts.",
      da: "Likes, kommentarer og delinger af periodens opslag.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression:
      "sum(facebook_posts.likes) + sum(facebook_posts.comments) + sum(facebook_posts.shares)",
  },
  {
    key: "post_engagement_rate",
    name: { en: "Post engagement rate", da: "Interaktionsrate for opslag" },
    description: {
      en: "Post engagements / impressions of the same posts.",
      da: "Interaktioner / visninger af de samme opslag.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "post_engagements / sum(facebook_posts.impressions)",
  },
  {
    key: "social_link_clicks",
    name: { en: "Social link clicks", da: "Linkklik fra opslag" },
    description: {
      en: "Link clicks on the period's Facebook posts.",
      da: "Klik på links i periodens Facebook-opslag.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(facebook_posts.link_clicks)",
  },
  {
    key: "instagram_reach",
    name: { en: "Instagram reach", da: "Instagram-rækkevidde" },
    description: {
      en: "Daily reach of the Instagram account, added up: not unique accounts.",
      da: "Instagram-kontoens daglige rækkevidde lagt sammen: ikke unikke konti.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(instagram_insights.reach)",
  },
  {
    key: "instagram_new_followers",
    name: { en: "New Instagram followers", da: "Nye følgere på Instagram" },
    description: {
      en: "New followers of the Instagram account in the period.",
      da: "Nye følgere af Instagram-kontoen i perioden.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(instagram_insights.new_followers)",
  },
  {
    key: "instagram_followers",
    name: { en: "Instagram followers", da: "Følgere på Instagram" },
    description: {
      en: "A snapshot: followers on the period's latest day with a row.",
      da: "Et øjebliksbillede: følgere på periodens seneste dag med en række.",
    },
    unit: "count",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "latest(mean(instagram_insights.followers))",
  },
  {
    key: "instagram_follower_growth",
    name: { en: "Instagram follower growth", da: "Vækst i Instagram-følgere" },
    description: {
      en: "New followers of the period / followers on the latest day with a row before the period began (metrics/cohorts.ts divides by it). No value for the first period.",
      da: "Periodens nye følgere / følgere på den seneste dag med en række før periodens start (metrics/cohorts.ts dividerer). Ingen værdi for den første periode.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    // The numerator; the base lies before the period, which cohorts.ts reads.
    expression: "instagram_new_followers",
  },
  {
    key: "linkedin_spend",
    name: { en: "LinkedIn spend", da: "LinkedIn-forbrug" },
    description: {
      en: "LinkedIn Ads Total Spent.",
      da: "LinkedIn Ads samlet forbrug.",
    },
    unit: "currency",
    polarity: "lower",
    kind: "flow",
    perspective: "financial",
    expression: "sum(linkedin_ads.total_spent)",
  },
  {
    key: "linkedin_leads",
    name: { en: "LinkedIn leads", da: "Kundeemner fra LinkedIn" },
    description: {
      en: "Lead form submissions on LinkedIn Ads.",
      da: "Udfyldte leadformularer i LinkedIn Ads.",
    },
    unit: "count",
    polarity: "higher",
    kind: "flow",
    perspective: "customer",
    expression: "sum(linkedin_ads.leads)",
  },
  {
    key: "linkedin_cost_per_lead",
    name: { en: "LinkedIn cost per lead", da: "LinkedIn-pris pr. kundeemne" },
    description: {
      en: "LinkedIn spend / LinkedIn leads.",
      da: "LinkedIn-forbrug / kundeemner fra LinkedIn.",
    },
    unit: "currency",
    polarity: "lower",
    kind: "level",
    perspective: "financial",
    expression: "linkedin_spend / linkedin_leads",
  },
  {
    key: "linkedin_ctr",
    name: { en: "LinkedIn click-through rate", da: "LinkedIn-klikrate" },
    description: {
      en: "LinkedIn clicks / LinkedIn impressions, never a mean of the daily rates.",
      da: "LinkedIn-klik / LinkedIn-visninger, aldrig et gennemsnit af de daglige rater.",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    perspective: "customer",
    expression: "sum(linkedin_ads.clicks) / sum(linkedin_ads.impressions)",
  },
];
