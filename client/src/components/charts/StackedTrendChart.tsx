import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { ReactNode } from "react";
import { ChartFigure } from "./ChartFigure";
import { CHART_COLORS, formatNumber } from "./chart-format";

export interface TrendSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface StackedTrendChartProps<K extends string> {
  /** One row per x value (a day), with a number per series key. */
  rows: ({ x: string } & Record<K, number>)[];
  /** Bottom first: the stacking order, and the legend's. */
  series: TrendSeries<K>[];
  formatTick: (x: string) => string;
  formatLong: (x: string) => string;
  yLabel: string;
  label: string;
  summary: string;
  data?: ReactNode;
  testId?: string;
  height?: number;
}

/** Counts over time as stacked areas: the total's height and each part's share at once. */
export default function StackedTrendChart<K extends string>(props: StackedTrendChartProps<K>) {
  const height = props.height ?? 280;
  return (
    <ChartFigure label={props.label} summary={props.summary} height={height} testId={props.testId} data={props.data}>
      {(width) => (
        <AreaChart data={props.rows} margin={{ top: 8, right: 28, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            tickFormatter={props.formatTick}
            // About one tick per 70 px, so the dates never collide at 390 px.
            interval={Math.max(0, Math.ceil(props.rows.length / Math.max(1, Math.floor((width - 50) / 70))) - 1)}
            tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
            tickMargin={6}
          />
          <YAxis
            allowDecimals={false}
            width={40}
            tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
            label={{ value: props.yLabel, angle: -90, position: "insideLeft", offset: 12, fill: CHART_COLORS.text, fontSize: 12, style: { textAnchor: "middle" } }}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(x) => props.formatLong(String(x))}
            formatter={(value) => formatNumber(Number(value))}
            separator=": "
            // Top of the stack first, as the areas lie.
            itemSorter={(item) => -props.series.findIndex((s) => s.key === item.dataKey)}
          />
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 13, color: CHART_COLORS.text }} />
          {props.series.map((s) => (
            <Area
              key={s.key}
              // Straight lines: a day's counts are samples, a smoothed curve would invent values between them.
              type="linear"
              legendType="square"
              dataKey={s.key}
              name={s.label}
              stackId="total"
              stroke={s.color}
              strokeWidth={2}
              fill={s.color}
              fillOpacity={0.75}
              isAnimationActive={false}
              dot={false}
            />
          ))}
        </AreaChart>
      )}
    </ChartFigure>
  );
}
