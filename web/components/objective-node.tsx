// An objective on the strategy map: its name, score and status, coloured by status (with
// the status word too, never colour alone).

import { Group, Paper, Text } from "@mantine/core";
import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import type { Status } from "../api/types.ts";
import { formatScore } from "../i18n/format.ts";
import { useLanguage } from "../i18n/language.tsx";
import { nodeSize } from "../strategy-map-layout.ts";
import { StatusBadge, statusColor } from "./status-badge.tsx";

export type ObjectiveNodeData = {
  title: string;
  score: number | null;
  status: Status;
  selected: boolean;
};
export type ObjectiveNode = Node<ObjectiveNodeData, "objective">;

const sides = [
  ["top", Position.Top],
  ["bottom", Position.Bottom],
  ["left", Position.Left],
  ["right", Position.Right],
] as const;

export function ObjectiveNodeView({ data }: NodeProps<ObjectiveNode>) {
  const { language } = useLanguage();
  const color = statusColor[data.status];
  return (
    <Paper
      withBorder
      shadow={data.selected ? "md" : "xs"}
      p={8}
      w={nodeSize.width}
      h={nodeSize.height}
      bg={`var(--mantine-color-${color}-light)`}
      style={{
        borderColor: `var(--mantine-color-${color}-6)`,
        borderWidth: data.selected ? 3 : 2,
        cursor: "pointer",
      }}
      data-status={data.status}
    >
      {sides.map(([side, position]) => (
        <Handle
          key={`s-${side}`}
          id={`s-${side}`}
          type="source"
          position={position}
          isConnectable={false}
          style={{ opacity: 0 }}
        />
      ))}
      {sides.map(([side, position]) => (
        <Handle
          key={`t-${side}`}
          id={`t-${side}`}
          type="target"
          position={position}
          isConnectable={false}
          style={{ opacity: 0 }}
        />
      ))}
      <Text fw={600} size="sm" lineClamp={2} c="dark.8">
        {data.title}
      </Text>
      <Group gap={6} mt={4}>
        <Text fw={700} size="sm" c="dark.8">
          {formatScore(data.score, language)}
        </Text>
        <StatusBadge status={data.status} size="sm" />
      </Group>
    </Paper>
  );
}
