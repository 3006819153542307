import { lazy, Suspense, type ComponentType, type ReactElement } from "react";
import { useI18n } from "../../i18n";

// Recharts is large: the charts load in their own chunk when a page first shows one, so the first
// page load does not carry them. Pages import the charts from here, never from the files.
const QuadrantScatterChart = lazy(() => import("./QuadrantScatter"));
const StackedTrendChartChart = lazy(() => import("./StackedTrendChart"));
const DeltaBarChartChart = lazy(() => import("./DeltaBarChart"));
const PrecisionLineChartChart = lazy(() => import("./PrecisionLineChart"));

function ChartPlaceholder({ height }: { height: number }) {
  const { t } = useI18n();
  return (
    <div className="chart-placeholder" style={{ height }} role="status">
      {t("charts.loading")}
    </div>
  );
}

function withSuspense<P extends object>(Chart: ComponentType<P>, height: (props: P) => number) {
  return function Suspended(props: P) {
    return (
      <Suspense fallback={<ChartPlaceholder height={height(props)} />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

type ScatterProps = import("./QuadrantScatter").QuadrantScatterProps;
type TrendProps<K extends string> = import("./StackedTrendChart").StackedTrendChartProps<K>;
type DeltaProps = import("./DeltaBarChart").DeltaBarChartProps;
type PrecisionProps = import("./PrecisionLineChart").PrecisionLineChartProps;

export const QuadrantScatter = withSuspense<ScatterProps>(QuadrantScatterChart, (p) => p.height ?? 400);
export const StackedTrendChart = withSuspense<TrendProps<string>>(StackedTrendChartChart as ComponentType<TrendProps<string>>, (p) => p.height ?? 280) as <K extends string>(
  props: TrendProps<K>,
) => ReactElement;
export const DeltaBarChart = withSuspense<DeltaProps>(DeltaBarChartChart, (p) => p.rows.length * 40 + 78);
export const PrecisionLineChart = withSuspense<PrecisionProps>(PrecisionLineChartChart, (p) => p.height ?? 260);

export type { QuadrantPoint, Quadrant } from "./QuadrantScatter";
export type { TrendSeries } from "./StackedTrendChart";
export type { DeltaRow } from "./DeltaBarChart";
export { CHART_COLORS, formatShortCalendarDate, formatSigned, formatNumber, fitName } from "./chart-format";
export { ChartDataTable } from "./ChartDataTable";
