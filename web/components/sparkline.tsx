// A sparkline: the shape of the last periods at a glance, drawn as SVG (a line chart
// library would cost the home page more than the whole of it). Gaps are periods without a
// value, never zeros.

import { useMantineTheme } from "@mantine/core";
import type { Status } from "../api/types.ts";
import { statusColor } from "./status-badge.tsx";

interface SparklineProps {
  values: (number | null)[];
  /** Colours the last point, the period being looked at. */
  status?: Status | undefined;
  label: string;
  width?: number;
  height?: number;
}

export function Sparkline({ values, status, label, width = 96, height = 28 }: SparklineProps) {
  const theme = useMantineTheme();
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(...known);
  const high = Math.max(...known);
  const pad = 3;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(values.length - 1, 1);
  const y = (v: number) =>
    high === low ? height / 2 : pad + ((high - v) * (height - 2 * pad)) / (high - low);
  const segments = segmentsOf(values).map((segment) =>
    segment.map(({ i, v }) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" "),
  );
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  const dot = status ? theme.colors[statusColor[status]]?.[7] : theme.colors.blue[7];
  return (
    <svg width={width} height={height} role="img" aria-label={label} data-sparkline>
      <title>{label}</title>
      {segments.map((points) =>
        points.includes(" ") ? (
          <polyline
            key={points}
            points={points}
            fill="none"
            stroke={theme.colors.gray[6]}
            strokeWidth={1.5}
          />
        ) : (
          <circle
            key={points}
            cx={points.split(",")[0]}
            cy={points.split(",")[1]}
            r={1.5}
            fill={theme.colors.gray[6]}
          />
        ),
      )}
      {last !== null && last !== undefined && Number.isFinite(last) && (
        <circle cx={x(lastIndex)} cy={y(last)} r={3} fill={dot} />
      )}
    </svg>
  );
}

/** Runs of consecutive periods with values. */
function segmentsOf(values: (number | null)[]): { i: number; v: number }[][] {
  const segments: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length > 0) segments.push(run);
      run = [];
    } else run.push({ i, v });
  });
  if (run.length > 0) segments.push(run);
  return segments;
}
