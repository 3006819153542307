import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import type { ReactNode } from "react";
import { ChartFigure } from "./ChartFigure";
import { CHART_COLORS, chartFont, fitName, textWidth } from "./chart-format";

export interface DeltaRow {
  id: string;
  /** Row name, shortened to fit (the full name is in the table). */
  label: string;
  /** Kept whole after the shortened label, e.g. the current weight "(30 %)". */
  labelSuffix?: string;
  /** Change from the current value (the zero line) at which something happens; null: none does. */
  delta: number | null;
  /** Short text next to the zero line ("−12", or "vänder inte"). */
  valueText: string;
}

export interface DeltaBarChartProps {
  rows: DeltaRow[];
  /** The zero line: the current value. */
  zeroLabel: string;
  axisLabel: string;
  formatTick: (value: number) => string;
  label: string;
  summary: string;
  data?: ReactNode;
  testId?: string;
}

const ROW_PX = 40;
const MARGIN = { top: 20, right: 16, bottom: 24, left: 4 };
const FONT_PX = 12;

/** 1, 2, 2.5, 5 × 10^n: a tick step near `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The axis: zero in the middle when the changes go both ways; when they all go one way, that side
 * gets most of the room and the other keeps enough for the value texts, which sit by the zero line
 * on the side the row's bar does not use.
 */
function axisOf(rows: DeltaRow[]) {
  const deltas = rows.map((r) => r.delta).filter((d): d is number => d != null);
  const reach = Math.max(1, ...deltas.map(Math.abs));
  const step = niceStep(reach / 2);
  const extent = step * Math.ceil((reach * 1.05) / step);
  const anyNegative = deltas.some((d) => d < 0);
  const anyPositive = deltas.some((d) => d > 0);
  const lo = anyNegative ? -extent : -extent * 0.6;
  const hi = anyPositive ? extent : extent * 0.6;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { lo, hi, ticks };
}

/**
 * A tornado: one horizontal bar per row from the current value (zero) to where the outcome
 * changes, decreases to the left and increases to the right. Rows where nothing changes the
 * outcome have no bar and say so.
 */
export default function DeltaBarChart(props: DeltaBarChartProps) {
  const height = props.rows.length * ROW_PX + MARGIN.top + MARGIN.bottom + 34;
  const { lo, hi, ticks } = axisOf(props.rows);
  const rows = props.rows.map((r) => ({ ...r, value: r.delta ?? 0 }));
  const byId = new Map(props.rows.map((r) => [r.id, r]));
  return (
    <ChartFigure label={props.label} summary={props.summary} height={height} testId={props.testId} data={props.data} className="chart-delta">
      {(width) => {
        const labelWidth = Math.min(170, Math.max(90, Math.round(width * 0.32)));
        const plotLeft = MARGIN.left + labelWidth;
        const plotWidth = Math.max(1, width - plotLeft - MARGIN.right);
        const zeroX = plotLeft + (plotWidth * (0 - lo)) / (hi - lo);
        // Drawn as the axis tick, so every row (a bar or none) gets its name and its value text.
        const renderTick = (tick: { x?: number | string; y?: number | string; payload?: { value?: string } }) => {
          const row = byId.get(String(tick.payload?.value ?? ""));
          if (!row) return <g />;
          const y = Number(tick.y ?? 0);
          const suffix = row.labelSuffix ? ` ${row.labelSuffix}` : "";
          const font = chartFont(FONT_PX, 400);
          const name = fitName(row.label, labelWidth - 10 - textWidth(suffix, font), font) + suffix;
          const right = (row.delta ?? 0) <= 0;
          return (
            <g>
              <text x={Number(tick.x ?? 0) - 4} y={y} dy="0.35em" textAnchor="end" fontSize={FONT_PX} fill={CHART_COLORS.text}>
                {name}
              </text>
              <text
                x={right ? zeroX + 6 : zeroX - 6}
                y={y}
                dy="0.35em"
                textAnchor={right ? "start" : "end"}
                fontSize={FONT_PX}
                fontWeight={600}
                fill={CHART_COLORS.text}
              >
                {row.valueText}
              </text>
            </g>
          );
        };
        return (
          <BarChart data={rows} layout="vertical" margin={MARGIN} accessibilityLayer={false} barCategoryGap="28%">
            <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[lo, hi]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={props.formatTick}
              tick={{ fill: CHART_COLORS.text, fontSize: FONT_PX }}
              label={{ value: props.axisLabel, position: "insideBottom", offset: -18, fill: CHART_COLORS.text, fontSize: FONT_PX }}
            />
            <YAxis type="category" dataKey="id" width={labelWidth} tick={renderTick} tickLine={false} interval={0} />
            <Bar dataKey="value" fill={CHART_COLORS.blue} isAnimationActive={false} />
            <ReferenceLine
              x={0}
              stroke={CHART_COLORS.text}
              strokeWidth={2}
              label={{ value: props.zeroLabel, position: "top", fill: CHART_COLORS.text, fontSize: FONT_PX, fontWeight: 700 }}
            />
          </BarChart>
        );
      }}
    </ChartFigure>
  );
}
