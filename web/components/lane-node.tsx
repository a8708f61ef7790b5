import { Box, Text } from "@mantine/core";
import type { Node, NodeProps } from "@xyflow/react";

export type LaneNode = Node<
  { title: string; width: number; height: number; shaded: boolean },
  "lane"
>;

/** A perspective's band across the strategy map, named at its left. */
export function LaneNodeView({ data }: NodeProps<LaneNode>) {
  return (
    <Box
      w={data.width}
      h={data.height}
      bg={data.shaded ? "gray.0" : "white"}
      style={{ borderTop: "1px solid var(--mantine-color-gray-3)", pointerEvents: "none" }}
      p="sm"
    >
      <Text fw={700} c="dimmed" size="sm" tt="uppercase" maw={150}>
        {data.title}
      </Text>
    </Box>
  );
}
