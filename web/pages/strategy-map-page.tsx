// The strategy map: objectives in the four lanes, cause-and-effect links as arrows, each
// objective coloured by its status this period. Choosing an objective (click, or Tab and
// Enter) shows its KPIs beside the map.

import "@xyflow/react/dist/style.css";
import { Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Controls, type Edge, MarkerType, type NodeTypes, ReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { evaluationPath } from "../api/evaluation-path.ts";
import type {
  KpiNode,
  RollUpNode,
  ScorecardDefinition,
  ScorecardEvaluation,
} from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { Failed, Waiting } from "../components/api-state.tsx";
import { type LaneNode, LaneNodeView } from "../components/lane-node.tsx";
import { type ObjectiveNode, ObjectiveNodeView } from "../components/objective-node.tsx";
import { PeriodHeading } from "../components/period-heading.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { ViewToolbar } from "../components/view-toolbar.tsx";
import { formatValue } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { AppLink, navigate, useLocation } from "../routing.tsx";
import { type ScorecardView, searchOfView } from "../scorecard-view.ts";
import { type laneOrder, layOutStrategyMap, nodeSize, sidesOf } from "../strategy-map-layout.ts";

const nodeTypes: NodeTypes = { objective: ObjectiveNodeView, lane: LaneNodeView };

export default function StrategyMapPage({ view }: { view: ScorecardView }) {
  const { t } = useLanguage();
  const key = view.scorecard?.key;
  const definition = useApi<ScorecardDefinition>(
    key ? `/api/scorecards/${encodeURIComponent(key)}` : null,
  );
  const evaluation = useApi<ScorecardEvaluation>(evaluationPath(view));
  if (!key) return <Text>{t("scorecard.none")}</Text>;
  for (const state of [definition, evaluation])
    if (state.status === "error") return <Failed error={state.error} />;
  if (definition.status !== "done" || evaluation.status !== "done") return <Waiting />;
  return (
    <Stack gap="md">
      <ViewToolbar view={view} />
      <StrategyMap view={view} definition={definition.data} evaluation={evaluation.data} />
    </Stack>
  );
}

function StrategyMap({
  view,
  definition,
  evaluation,
}: {
  view: ScorecardView;
  definition: ScorecardDefinition;
  evaluation: ScorecardEvaluation;
}) {
  const { t, name } = useLanguage();
  const { search } = useLocation();
  const chosen = new URLSearchParams(search).get("objective");
  const objectives = useMemo(() => objectivesOf(evaluation), [evaluation]);
  const links = definition.links ?? [];
  const { nodes, edges } = useMemo(() => {
    const layout = layOutStrategyMap({
      lanes: evaluation.children
        .filter((p): p is RollUpNode => p.kind !== "kpi")
        .map((p) => ({
          key: p.key as (typeof laneOrder)[number],
          objectives: p.children.map((o) => o.key),
        })),
      links,
    });
    const perspectiveName = (key: string) =>
      name(
        evaluation.children.find((p) => p.key === key)?.name,
        t(`perspective.${key as (typeof laneOrder)[number]}`),
      );
    const lanes: LaneNode[] = layout.lanes.map((lane, index) => ({
      id: `lane-${lane.key}`,
      type: "lane",
      position: { x: 0, y: lane.y },
      data: {
        title: perspectiveName(lane.key),
        width: lane.width,
        height: lane.height,
        shaded: index % 2 === 0,
      },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    }));
    const objectiveNodes: ObjectiveNode[] = [...objectives.values()].map(({ objective }) => ({
      id: objective.key,
      type: "objective",
      position: layout.objectives.get(objective.key) ?? { x: 0, y: 0 },
      data: {
        title: name(objective.name, objective.key),
        score: objective.score,
        status: objective.status,
        selected: objective.key === chosen,
      },
      draggable: false,
      ariaLabel: `${name(objective.name, objective.key)}: ${t(`status.${objective.status}`)}`,
      width: nodeSize.width,
      height: nodeSize.height,
    }));
    const edges: Edge[] = links.map((link) => {
      const from = layout.objectives.get(link.from) ?? { x: 0, y: 0 };
      const to = layout.objectives.get(link.to) ?? { x: 0, y: 0 };
      const sides = sidesOf(from, to);
      return {
        id: `${link.from}->${link.to}`,
        source: link.from,
        target: link.to,
        sourceHandle: `s-${sides.source}`,
        targetHandle: `t-${sides.target}`,
        type: "smoothstep",
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        style: { strokeWidth: 2 },
        ariaLabel: t("map.link", {
          from: name(objectives.get(link.from)?.objective.name, link.from),
          to: name(objectives.get(link.to)?.objective.name, link.to),
        }),
      };
    });
    return { nodes: [...lanes, ...objectiveNodes], edges };
  }, [evaluation, links, objectives, chosen, name, t]);
  const choose = (objective: string) => {
    const params = new URLSearchParams(search);
    params.set("objective", objective);
    navigate(`/strategy-map?${params.toString()}`, { replace: true });
  };
  const selected = chosen ? objectives.get(chosen) : undefined;
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, lg: 9 }}>
        <Group justify="space-between" mb="xs">
          <Title order={1} size="h2">
            {t("map.title")}
          </Title>
          <PeriodHeading period={evaluation.period} through={evaluation.through} view={view} />
        </Group>
        <Paper withBorder h={480} data-testid="strategy-map" data-links={links.length}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            fitView
            nodesDraggable={false}
            nodesConnectable={false}
            zoomOnScroll={false}
            preventScrolling={false}
            onNodeClick={(_event, node) => node.type === "objective" && choose(node.id)}
            // The nodes are drawn from the scores, not kept by the map, so a selection made
            // from the keyboard (Tab to an objective, Enter) arrives here as a change.
            onNodesChange={(changes) => {
              const picked = changes.find((c) => c.type === "select" && c.selected);
              if (picked?.type === "select" && objectives.has(picked.id) && picked.id !== chosen) {
                choose(picked.id);
              }
            }}
            proOptions={{ hideAttribution: true }}
            ariaLabelConfig={{ "node.a11yDescription.default": t("map.keyboardHelp") }}
          >
            <Controls showInteractive={false} />
          </ReactFlow>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <ObjectivePanel selected={selected} view={view} />
        <Paper withBorder p="sm" mt="md">
          <Text fw={600} size="sm" mb={6}>
            {t("map.objectives")}
          </Text>
          <Group gap={6}>
            {[...objectives.values()].map(({ objective }) => (
              <Button
                key={objective.key}
                size="compact-sm"
                variant={objective.key === chosen ? "filled" : "default"}
                onClick={() => choose(objective.key)}
                aria-pressed={objective.key === chosen}
              >
                {name(objective.name, objective.key)}
              </Button>
            ))}
          </Group>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function objectivesOf(
  evaluation: ScorecardEvaluation,
): Map<string, { objective: RollUpNode; perspective: RollUpNode }> {
  const found = new Map<string, { objective: RollUpNode; perspective: RollUpNode }>();
  for (const perspective of evaluation.children) {
    if (perspective.kind === "kpi") continue;
    for (const objective of perspective.children) {
      if (objective.kind !== "kpi") found.set(objective.key, { objective, perspective });
    }
  }
  return found;
}

function ObjectivePanel({
  selected,
  view,
}: {
  selected: { objective: RollUpNode; perspective: RollUpNode } | undefined;
  view: ScorecardView;
}) {
  const { t, name, language } = useLanguage();
  if (!selected) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed">{t("map.choose")}</Text>
      </Paper>
    );
  }
  const { objective, perspective } = selected;
  const search = searchOfView(view);
  const kpis = objective.children.filter((c): c is KpiNode => c.kind === "kpi");
  return (
    <Paper withBorder p="md" data-testid="objective-panel" aria-live="polite">
      <Text size="xs" c="dimmed" tt="uppercase">
        {name(perspective.name, perspective.key)}
      </Text>
      <Title order={2} size="h4">
        {name(objective.name, objective.key)}
      </Title>
      <Group gap="xs" mb="sm">
        <StatusBadge status={objective.status} />
      </Group>
      <Stack gap="xs">
        {kpis.map((kpi) => (
          <Group key={kpi.key} justify="space-between" wrap="nowrap">
            <div>
              <AppLink href={`/kpis/${encodeURIComponent(kpi.key)}${search}`} size="sm" fw={500}>
                {name(kpi.name, kpi.key)}
              </AppLink>
              <Text size="xs" c="dimmed">
                {formatValue(kpi.actual, kpi.unit, language, view.organisation.currency)} /{" "}
                {formatValue(kpi.target, kpi.unit, language, view.organisation.currency)}
              </Text>
            </div>
            <StatusBadge status={kpi.status} size="sm" />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
