import { afterEach, beforeEach, expect, it } from "vitest";
import { fourfold } from "../../test/cli.ts";
import { createTestLocation, describeOn, engines, type TestLocation } from "../../test/engines.ts";
import { createFjordline } from "../../test/fixtures.ts";
import { insertRows } from "../metrics/source-rows.testing.ts";
import { openStorage } from "../storage/database.ts";

function google(day: string, campaign: string, cost: string, value: string) {
  return {
    day,
    campaign,
    campaign_type: "Search",
    currency: "DKK",
    impressions: 1000,
    clicks: 10,
    cost,
    conversions: "2",
    conversion_value: value,
  };
}

/** Fjordline (Danish locale, DKK) with a few Google Ads days and one NPS response. */
async function arrange(place: TestLocation): Promise<void> {
  const storage = await openStorage(place.location);
  try {
    const { id } = await createFjordline(storage);
    await insertRows(storage, id, "google_ads", [
      google("2025-01-10", "Brand | Search", "100", "400"),
      google("2025-01-11", "Telte | Search", "300", "150"),
      google("2025-04-02", "Brand | Search", "50", "0"),
    ]);
    await insertRows(storage, id, "nps_responses", [
      { response_id: "1", submitted_at: "2025-04-03T10:00:00.000Z", day: "2025-04-03", score: 9 },
    ]);
  } finally {
    await storage.close();
  }
}

for (const engine of engines) {
  describeOn(engine)(`fourfold kpis and campaigns (${engine})`, () => {
    let place: TestLocation;
    beforeEach(async () => {
      place = await createTestLocation(engine);
    });
    afterEach(async () => {
      await place.dispose();
    });

    const kpis = (...args: string[]) => fourfold(["kpis", ...args], place.env);
    const campaigns = (...args: string[]) => fourfold(["campaigns", ...args], place.env);

    it("prints by quarter every KPI whose sources hold data, null where there is no value", async () => {
      await arrange(place);
      const run = await kpis("--grain", "quarter", "--json");
      expect(run).toMatchObject({ status: 0, stderr: "" });
      const printed = JSON.parse(run.stdout);
      expect(printed.kpis.ad_spend).toEqual({ "2025-Q1": 400, "2025-Q2": 50 });
      expect(printed.kpis.roas).toEqual({ "2025-Q1": 550 / 400, "2025-Q2": 0 });
      expect(printed.kpis.nps).toEqual({ "2025-Q1": null, "2025-Q2": 100 });
      expect(printed.kpis.cost_per_lead).toEqual({ "2025-Q1": null, "2025-Q2": null });
      // No finance, HubSpot, launch or training rows: their KPIs are left out.
      expect(Object.keys(printed.kpis)).not.toContain("revenue");
      expect(Object.keys(printed.kpis)).not.toContain("leads");
    });

    it("prints only the KPIs named, for the periods from --from to --to", async () => {
      await arrange(place);
      const run = await kpis(
        "--grain",
        "month",
        "--from",
        "2025-04",
        "--to",
        "2025-Q2",
        "--kpi",
        "roas,revenue",
        "--json",
      );
      expect(JSON.parse(run.stdout)).toEqual({
        kpis: { roas: { "2025-04": 0 }, revenue: { "2025-04": null } },
      });
    });

    it("computes a KPI defined on the command line beside the library's", async () => {
      await arrange(place);
      const run = await kpis(
        "--grain",
        "year",
        "--kpi",
        "ad_spend",
        "--define",
        "brand_spend=sum(google_ads.cost where campaign = 'Brand | Search')",
        "--json",
      );
      expect(JSON.parse(run.stdout)).toEqual({
        kpis: { ad_spend: { "2025": 450 }, brand_spend: { "2025": 150 } },
      });
    });

    it("points at the column of a mistake in a defined KPI, exit 1", async () => {
      await arrange(place);
      const run = await kpis("--grain", "month", "--define", "brand=sum(google_ads.costs)");
      expect(run).toEqual({
        status: 1,
        stdout: "",
        stderr:
          "--define brand: column 5: unknown field `google_ads.costs`; did you mean `cost`?\n",
      });
    });

    it("refuses a defined KPI of 1 MiB at the column past 10,000 characters, exit 1", async () => {
      await arrange(place);
      const formula = "sum(google_ads.cost) + ".repeat(45_591).concat("1");
      const run = await kpis("--grain", "month", "--define", `huge=${formula}`);
      expect(run).toEqual({
        status: 1,
        stdout: "",
        stderr:
          "--define huge: column 10001: the expression is longer than 10000 characters: split it into KPIs that name one another\n",
      });
    });

    it("rejects an unknown KPI, suggesting the key meant, exit 1", async () => {
      await arrange(place);
      const run = await kpis("--grain", "month", "--kpi", "roas,cpcc");
      expect(run).toMatchObject({
        status: 1,
        stderr: "--kpi: unknown KPI `cpcc`; did you mean `cpc`?\n",
      });
    });

    it("needs a grain: wrong usage, exit 2", async () => {
      await arrange(place);
      expect(await kpis("--json")).toMatchObject({
        status: 2,
        stderr: expect.stringMatching(
          /^fourfold: `kpis` needs a grain: use --grain month, quarter or year \(or day, week\)\n\nUsage:/,
        ),
      });
    });

    it("asks for `init` first when the database has no organisation", async () => {
      const run = await kpis("--grain", "month");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("run `fourfold init");
    });

    it("prints a table in the organisation's language, numbers formatted the Danish way", async () => {
      await arrange(place);
      const run = await kpis("--grain", "quarter", "--kpi", "ad_spend,roas,ctr");
      // Intl writes no-break spaces between number and unit; they show as spaces.
      expect(run.stdout.replaceAll("\u00a0", " ").split("\n")).toEqual([
        "KPI                             2025-Q1    2025-Q2",
        "Annonceforbrug                  400 kr.  50,00 kr.",
        "Afkast på annoncekroner (ROAS)     1,38       0,00",
        "Klikrate (CTR)                    1,0 %      1,0 %",
        "",
      ]);
    });

    it("lists each campaign's results over the whole history, highest spend first", async () => {
      await arrange(place);
      const run = await campaigns("--json");
      expect(JSON.parse(run.stdout)).toEqual({
        campaigns: [
          {
            campaign: "Telte | Search",
            platform: "google_ads",
            spend: 300,
            revenue: 150,
            roas: 0.5,
            impressions: 1000,
            clicks: 10,
            conversions: 2,
            ctr: 0.01,
            cpc: 30,
            cpa: 150,
            first_day: "2025-01-11",
            last_day: "2025-01-11",
          },
          {
            campaign: "Brand | Search",
            platform: "google_ads",
            spend: 150,
            revenue: 400,
            roas: 400 / 150,
            impressions: 2000,
            clicks: 20,
            conversions: 4,
            ctr: 0.01,
            cpc: 7.5,
            cpa: 37.5,
            first_day: "2025-01-10",
            last_day: "2025-04-02",
          },
        ],
      });
    });

    it("limits the campaigns to the days from --from to --to", async () => {
      await arrange(place);
      const run = await campaigns("--from", "2025-04-01", "--to", "2025-04-30", "--json");
      const printed = JSON.parse(run.stdout);
      expect(printed.campaigns).toMatchObject([
        { campaign: "Brand | Search", spend: 50, roas: 0, first_day: "2025-04-02" },
      ]);
    });

    it("rejects a --from that is not a date, exit 1", async () => {
      await arrange(place);
      expect(await campaigns("--from", "2025-02-30")).toMatchObject({
        status: 1,
        stderr: '--from: "2025-02-30" is not a date: 2025-02 has 28 days\n',
      });
    });
  });
}
