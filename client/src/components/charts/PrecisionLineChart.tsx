import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./ChartFigure";
import { CHART_COLORS, formatNumber } from "./chart-format";
import { TIME_CHART_MARGIN, timeTooltipProps, timeXAxisProps, valueYAxisProps, type TimeChartProps } from "./time-axes";

export interface PrecisionLineChartProps extends TimeChartProps {
  /** One row per x value (a week); null where nothing was measured (the line breaks there). */
  rows: { x: string; value: number | null }[];
  seriesLabel: string;
}

/** A share over time (0–100 %) as one line, with a dot per measured point. */
export default function PrecisionLineChart(props: PrecisionLineChartProps) {
  const height = props.height ?? 260;
  return (
    <ChartFigure label={props.label} summary={props.summary} height={height} testId={props.testId} data={props.data}>
      {(width) => (
        <LineChart data={props.rows} margin={TIME_CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis {...timeXAxisProps(props.rows.length, width, props.formatTick)} />
          <YAxis {...valueYAxisProps(props.yLabel)} domain={[0, 100]} />
          <Tooltip {...timeTooltipProps(props.formatLong)} formatter={(value) => `${formatNumber(Number(value))} %`} />
          <Line type="linear" dataKey="value" name={props.seriesLabel} stroke={CHART_COLORS.blue} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      )}
    </ChartFigure>
  );
}
