import { ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";
import { CHART_COLORS, chartFont, fitName, textWidth } from "./chart-format";
import type { ReactNode } from "react";

export interface QuadrantPoint {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface Quadrant {
  label: string;
  fill: string;
}

export interface QuadrantScatterProps {
  points: QuadrantPoint[];
  /** Lowest and highest value on both axes (a 1–5 scale: 1 and 5). */
  min: number;
  max: number;
  /** Values above `split` are high: the quadrant lines sit there. */
  split: number;
  xLabel: string;
  yLabel: string;
  quadrants: { topLeft: Quadrant; topRight: Quadrant; bottomLeft: Quadrant; bottomRight: Quadrant };
  label: string;
  summary: string;
  /** Full text of one point for its tooltip ("Karin Holm: påverkan 5, intresse 4 (Hantera nära)"). */
  describe: (point: QuadrantPoint) => string;
  /** "+2 till" when a cell holds more names than fit. */
  moreLabel: (count: number) => string;
  /** The points are people: a long name shortens to "Birgitta Ö." or "Birgitta" before "Birgi…". */
  peopleNames?: boolean;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  data?: ReactNode;
  testId?: string;
  height?: number;
}

interface PlacedPoint extends QuadrantPoint {
  /** Drawn position: points with equal values are spread around it, in a fixed order. */
  px: number;
  py: number;
  /** Shown next to the point; empty when the cell has no room for it. */
  text: string;
  fontPx: number;
}

const R = 6;
const MARGIN = { top: 8, right: 6, bottom: 28, left: 2 };
const Y_AXIS_WIDTH = 38;

/** Where in its cell a point sits: left of centre, so its name has the rest of the cell. */
const DOT_OFFSET = 0.4;

/**
 * The scales are whole numbers, so each value pair is a cell: its points sit in a column at the
 * cell's left (equal values stacked, sorted by name, so the layout does not depend on load order)
 * and their names run to the right inside the cell, never into the next one. A cell shows as many
 * names as fit and a "+n" on the last shown one; the full names are in the tooltips and the table.
 */
function place(points: QuadrantPoint[], width: number, height: number, props: QuadrantScatterProps): PlacedPoint[] {
  const span = props.max - props.min + 1;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH);
  const plotHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const cellWidth = plotWidth / span;
  const cellHeight = plotHeight / span;
  // A name may use the cell's width right of the point; narrow cells take a smaller font.
  const fontPx = cellWidth < 80 ? 11 : 12;
  const font = chartFont(fontPx);
  const room = cellWidth * (0.5 + DOT_OFFSET) - (R + 5) - 3;
  const fitting = Math.max(1, Math.floor((cellHeight * 0.86) / (fontPx + 3)));
  const cells = new Map<string, QuadrantPoint[]>();
  for (const point of points) {
    const key = `${point.x}:${point.y}`;
    cells.set(key, [...(cells.get(key) ?? []), point]);
  }
  const placed: PlacedPoint[] = [];
  for (const group of cells.values()) {
    group.sort((a, b) => a.name.localeCompare(b.name, "sv") || a.id.localeCompare(b.id));
    const n = group.length;
    const step = n > 1 ? Math.min(0.24, 0.8 / n) : 0;
    const shown = n <= fitting ? n : Math.max(1, fitting);
    group.forEach((point, i) => {
      const hidden = n - shown;
      let text = "";
      if (i < shown) {
        const extra = i === shown - 1 && hidden > 0 ? ` ${props.moreLabel(hidden)}` : "";
        text = fitName(point.name, room - textWidth(extra, font), font, props.peopleNames ?? false) + extra;
      }
      placed.push({ ...point, px: point.x - DOT_OFFSET, py: point.y + ((n - 1) / 2 - i) * step, text, fontPx });
    });
  }
  return placed;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: PlacedPoint;
}

/** A map of points in four quadrants (influence × interest and the like), on whole-number scales. */
export default function QuadrantScatter(props: QuadrantScatterProps) {
  const height = props.height ?? 400;
  const { min, max, split, quadrants } = props;
  const lo = min - 0.5;
  const hi = max + 0.5;
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);

  const renderPoint = (shape: ShapeProps) => {
    const point = shape.payload;
    if (!point || shape.cx == null || shape.cy == null) return <g />;
    const selected = point.id === props.selectedId;
    const r = selected ? R + 2 : R;
    return (
      <g
        className={`chart-point${selected ? " is-selected" : ""}`}
        data-testid="chart-point"
        data-id={point.id}
        data-name={point.name}
        onClick={() => props.onSelect?.(point.id)}
        style={{ cursor: props.onSelect ? "pointer" : undefined }}
      >
        <title>{props.describe(point)}</title>
        {selected ? <circle cx={shape.cx} cy={shape.cy} r={r + 4} fill="none" stroke={CHART_COLORS.text} strokeWidth={2} /> : null}
        <circle cx={shape.cx} cy={shape.cy} r={r} fill={selected ? CHART_COLORS.text : CHART_COLORS.blue} stroke="#fff" strokeWidth={1.5} />
        {point.text ? (
          <text
            x={shape.cx + R + 5}
            y={shape.cy}
            dy="0.35em"
            textAnchor="start"
            fontSize={point.fontPx}
            fontWeight={500}
            textDecoration={selected ? "underline" : undefined}
            fill={CHART_COLORS.text}
            paintOrder="stroke"
            stroke="#fff"
            strokeWidth={3}
            strokeLinejoin="round"
          >
            {point.text}
          </text>
        ) : null}
      </g>
    );
  };

  const area = (x1: number, x2: number, y1: number, y2: number, quadrant: Quadrant, position: "insideTopLeft" | "insideTopRight" | "insideBottomLeft" | "insideBottomRight") => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      fill={quadrant.fill}
      fillOpacity={1}
      stroke="none"
      ifOverflow="hidden"
      label={{ value: quadrant.label, position, fill: CHART_COLORS.text, fontSize: 12, fontWeight: 700 }}
    />
  );

  return (
    <ChartFigure label={props.label} summary={props.summary} height={height} testId={props.testId} data={props.data}>
      {(width) => (
        <ScatterChart margin={MARGIN} accessibilityLayer={false}>
          {area(lo, split, split, hi, quadrants.topLeft, "insideTopLeft")}
          {area(split, hi, split, hi, quadrants.topRight, "insideTopRight")}
          {area(lo, split, lo, split, quadrants.bottomLeft, "insideBottomLeft")}
          {area(split, hi, lo, split, quadrants.bottomRight, "insideBottomRight")}
          {/* Cell borders (the quadrant lines are drawn stronger). */}
          {ticks.slice(1).map((v) =>
            v - 0.5 === split ? null : <ReferenceLine key={`x${v}`} x={v - 0.5} stroke={CHART_COLORS.grid} strokeDasharray="3 3" />,
          )}
          {ticks.slice(1).map((v) =>
            v - 0.5 === split ? null : <ReferenceLine key={`y${v}`} y={v - 0.5} stroke={CHART_COLORS.grid} strokeDasharray="3 3" />,
          )}
          <ReferenceLine x={split} stroke={CHART_COLORS.grey} strokeWidth={1.5} />
          <ReferenceLine y={split} stroke={CHART_COLORS.grey} strokeWidth={1.5} />
          <XAxis
            type="number"
            dataKey="px"
            domain={[lo, hi]}
            ticks={ticks}
            allowDataOverflow
            tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
            label={{ value: props.xLabel, position: "insideBottom", offset: -18, fill: CHART_COLORS.text, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="py"
            domain={[lo, hi]}
            ticks={ticks}
            allowDataOverflow
            width={Y_AXIS_WIDTH}
            tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
            label={{ value: props.yLabel, angle: -90, position: "insideLeft", offset: 10, fill: CHART_COLORS.text, fontSize: 12 }}
          />
          <Tooltip
            cursor={false}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as PlacedPoint | undefined) : undefined;
              return point ? <div className="chart-tooltip">{props.describe(point)}</div> : null;
            }}
          />
          <Scatter data={place(props.points, width, height, props)} shape={renderPoint} isAnimationActive={false} />
        </ScatterChart>
      )}
    </ChartFigure>
  );
}
