import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";
import { CHART_COLORS, formatNumber } from "./chart-format";
import { TIME_CHART_MARGIN, timeTooltipProps, timeXAxisProps, valueYAxisProps, type TimeChartProps } from "./time-axes";

export interface TrendSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface StackedTrendChartProps<K extends string> extends TimeChartProps {
  /** One row per x value (a day), with a number per series key. */
  rows: ({ x: string } & Record<K, number>)[];
  /** Bottom first: the stacking order, and the legend's. */
  series: TrendSeries<K>[];
}

/** Counts over time as stacked areas: the total's height and each part's share at once. */
export default function StackedTrendChart<K extends string>(props: StackedTrendChartProps<K>) {
  const height = props.height ?? 280;
  return (
    <ChartFigure label={props.label} summary={props.summary} height={height} testId={props.testId} data={props.data}>
      {(width) => (
        <AreaChart data={props.rows} margin={TIME_CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis {...timeXAxisProps(props.rows.length, width, props.formatTick)} />
          <YAxis {...valueYAxisProps(props.yLabel)} />
          <Tooltip
            {...timeTooltipProps(props.formatLong)}
            formatter={(value) => formatNumber(Number(value))}
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
