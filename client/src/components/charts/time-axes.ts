import type { ReactNode } from "react";
import type { TooltipProps, XAxisProps, YAxisProps } from "recharts";
import { CHART_COLORS } from "./chart-format";

/** What every over-time chart takes besides its rows and series. */
export interface TimeChartProps {
  /** An x value (a day, a week) as an axis tick, short. */
  formatTick: (x: string) => string;
  /** An x value in the tooltip, long. */
  formatLong: (x: string) => string;
  yLabel: string;
  /** Passed to ChartFigure: what the chart shows, its message in words, the numbers as text. */
  label: string;
  summary: string;
  data?: ReactNode;
  testId?: string;
  height?: number;
}

/**
 * The frame the over-time charts share (StackedTrendChart, PrecisionLineChart): rows keyed by `x`
 * along the bottom, a labelled value axis on the left, a tooltip with the long date. Props to
 * spread on recharts' own XAxis, YAxis and Tooltip; only type imports here, so recharts stays in
 * the charts' lazy chunk.
 */
export const TIME_CHART_MARGIN = { top: 8, right: 28, bottom: 4, left: 0 };

const TICK = { fill: CHART_COLORS.text, fontSize: 12 };

export function timeXAxisProps(rowCount: number, width: number, formatTick: (x: string) => string): XAxisProps {
  return {
    dataKey: "x",
    tickFormatter: formatTick,
    // About one tick per 70 px, so the dates never collide at 390 px.
    interval: Math.max(0, Math.ceil(rowCount / Math.max(1, Math.floor((width - 50) / 70))) - 1),
    tick: TICK,
    tickMargin: 6,
  };
}

export function valueYAxisProps(yLabel: string): YAxisProps {
  return {
    allowDecimals: false,
    width: 40,
    tick: TICK,
    label: { value: yLabel, angle: -90, position: "insideLeft", offset: 12, fill: CHART_COLORS.text, fontSize: 12, style: { textAnchor: "middle" } },
  };
}

export function timeTooltipProps(formatLong: (x: string) => string): Pick<TooltipProps<number, string>, "isAnimationActive" | "labelFormatter" | "separator"> {
  return {
    isAnimationActive: false,
    labelFormatter: (x) => formatLong(String(x)),
    separator: ": ",
  };
}
