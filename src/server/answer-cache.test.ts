import { expect, it } from "vitest";
import { describeDemoApiOnBothEngines } from "../../test/api.ts";

interface Node {
  key: string;
  kind: string;
  actual?: number | null;
  children?: Node[];
}

function findKpi(node: Node, key: string): Node | undefined {
  if (node.kind === "kpi" && node.key === key) return node;
  for (const child of node.children ?? []) {
    const found = findKpi(child, key);
    if (found) return found;
  }
  return undefined;
}

describeDemoApiOnBothEngines("remembered answers", (api) => {
  const evaluation = "/api/scorecards/marketing/evaluation?period=2026-10&trend=12";

  it("gives the same evaluation twice, and a new one once a value is entered", async () => {
    const first = (await api().app.inject({ url: evaluation })).json<Node>();
    const again = (await api().app.inject({ url: evaluation })).json<Node>();
    expect(again).toEqual(first);
    expect(findKpi(first, "brand_awareness")?.actual).not.toBe(0.5);

    const entered = await api().app.inject({
      method: "PUT",
      url: "/api/kpis/brand_awareness/manual-values/2026-10",
      payload: { value: 0.5 },
    });
    expect(entered.statusCode).toBe(200);

    const after = (await api().app.inject({ url: evaluation })).json<Node>();
    expect(findKpi(after, "brand_awareness")?.actual).toBe(0.5);
  });
});

describeDemoApiOnBothEngines("remembered answers as JSON text", (api) => {
  it("serves the evaluation again as the same JSON bytes, typed application/json", async () => {
    const url = "/api/scorecards/marketing/evaluation?period=2026-10";
    const first = await api().app.inject({ url });
    const again = await api().app.inject({ url });
    expect(again.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(again.body).toBe(first.body);
    expect(again.json<Node>()).toMatchObject({ key: "marketing", kind: "scorecard" });
  });
});
