import { describe, expect, it } from "vitest";
import { cycleClosedBy, linkIssues } from "./scorecard-links.ts";

const objectives = ["skilled-team", "launch-on-time", "delighted-customers", "grow-revenue"];

describe("cause-and-effect links", () => {
  it("accepts a strategy map that runs one way", () => {
    const links = [
      { from: "skilled-team", to: "launch-on-time" },
      { from: "launch-on-time", to: "delighted-customers" },
      { from: "skilled-team", to: "delighted-customers" },
      { from: "delighted-customers", to: "grow-revenue" },
    ];
    expect(linkIssues(links, objectives)).toEqual([]);
  });

  it("names the cycle a link would close, from the link's cause back to it", () => {
    const earlier = [
      { from: "skilled-team", to: "launch-on-time" },
      { from: "launch-on-time", to: "delighted-customers" },
    ];
    expect(cycleClosedBy({ from: "delighted-customers", to: "skilled-team" }, earlier)).toEqual([
      "delighted-customers",
      "skilled-team",
      "launch-on-time",
      "delighted-customers",
    ]);
  });

  it("refuses the link that closes a cycle, and only that one", () => {
    const links = [
      { from: "skilled-team", to: "launch-on-time" },
      { from: "launch-on-time", to: "skilled-team" },
      { from: "launch-on-time", to: "grow-revenue" },
    ];
    expect(linkIssues(links, objectives)).toEqual([
      {
        path: "links[1]",
        message:
          "this link closes a cycle launch-on-time → skilled-team → launch-on-time: cause and effect run one way, so remove one of these links",
      },
    ]);
  });

  it("refuses a link of an objective to itself", () => {
    expect(linkIssues([{ from: "grow-revenue", to: "grow-revenue" }], objectives)).toEqual([
      {
        path: "links[0]",
        message:
          "grow-revenue cannot be linked to itself: a link runs from a cause to a different objective it helps",
      },
    ]);
  });

  it("names each end that is not an objective of the scorecard", () => {
    expect(linkIssues([{ from: "skilled", to: "revenue" }], ["skilled-team"])).toEqual([
      {
        path: "links[0].from",
        message:
          'there is no objective "skilled" in this scorecard: its objectives are skilled-team',
      },
      {
        path: "links[0].to",
        message:
          'there is no objective "revenue" in this scorecard: its objectives are skilled-team',
      },
    ]);
  });

  it("refuses the same link given twice", () => {
    const link = { from: "skilled-team", to: "launch-on-time" };
    expect(linkIssues([link, link], objectives)).toEqual([
      { path: "links[1]", message: "the link skilled-team → launch-on-time is given twice" },
    ]);
  });
});
