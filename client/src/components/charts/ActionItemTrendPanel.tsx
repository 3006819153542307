import { useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { useI18n } from "../../i18n";
import { useDebouncedCallback } from "../../lib/useDebouncedCallback";
import { useOnReconnect } from "../../lib/useOnReconnect";
import { ErrorBanner, Loading } from "../Status";
import { CHART_COLORS, ChartDataTable, StackedTrendChart, formatShortCalendarDate } from ".";

const ActionItemTrendQuery = graphql(`
  query ActionItemTrend($days: Int!) {
    actionItemTrend(days: $days) {
      date
      open
      done
      overdue
    }
  }
`);

const PERIODS = [14, 30, 90] as const;

export interface ActionItemTrendPanelProps {
  /** Changes whenever an action item changed (a live event or the viewer's own edit): read again. */
  version: number;
}

/** The dashboard's "Åtgärder över tid": overdue, open and done items per day, live. */
export function ActionItemTrendPanel({ version }: ActionItemTrendPanelProps) {
  const { t, formatCalendarDate } = useI18n();
  const periodId = useId();
  const [days, setDays] = useState<number>(30);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActionItemTrendQuery, variables: { days } });
  const refetch = useDebouncedCallback(() => reexecute({ requestPolicy: "network-only" }), 300);
  useOnReconnect(refetch);
  useEffect(() => {
    if (version > 0) refetch();
  }, [version, refetch]);

  const points = data?.actionItemTrend ?? [];
  const rows = points.map((p) => ({ x: p.date, overdue: p.overdue, openOnTime: p.open - p.overdue, done: p.done }));
  const first = points[0];
  const last = points[points.length - 1];
  const empty = points.length > 0 && points.every((p) => p.open === 0 && p.done === 0);
  const summary =
    first && last
      ? t("charts.trend.summary", {
          date: formatCalendarDate(last.date),
          open: last.open,
          overdue: last.overdue,
          done: last.done,
          days: points.length - 1,
          openBefore: first.open,
          overdueBefore: first.overdue,
          doneBefore: first.done,
        })
      : "";

  return (
    <section className="panel panel-wide" aria-labelledby="action-item-trend-title" data-testid="action-item-trend">
      <header className="panel-header">
        <h2 id="action-item-trend-title">{t("charts.trend.title")}</h2>
        <div className="chart-period">
          <label htmlFor={periodId}>{t("charts.trend.rangeLabel")}</label>
          <select id={periodId} value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t("charts.trend.days", { days: n })}
              </option>
            ))}
          </select>
        </div>
      </header>
      {!data && fetching ? <Loading /> : null}
      {!data && error ? <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {empty ? <p className="empty">{t("charts.trend.empty", { days })}</p> : null}
      {points.length > 0 && !empty ? (
        <StackedTrendChart
          testId="action-item-trend-chart"
          rows={rows}
          series={[
            { key: "overdue", label: t("charts.trend.overdue"), color: CHART_COLORS.red },
            { key: "openOnTime", label: t("charts.trend.openOnTime"), color: CHART_COLORS.blue },
            { key: "done", label: t("charts.trend.done"), color: CHART_COLORS.green },
          ]}
          formatTick={formatShortCalendarDate}
          formatLong={formatCalendarDate}
          yLabel={t("charts.trend.yAxis")}
          label={t("charts.trend.label", { days })}
          summary={summary}
          data={
            <ChartDataTable
              caption={t("charts.tableCaption")}
              columns={[t("charts.trend.date"), t("charts.trend.open"), t("charts.trend.overdue"), t("charts.trend.done")]}
              rows={points.map((p) => [formatCalendarDate(p.date), p.open, p.overdue, p.done])}
            />
          }
        />
      ) : null}
    </section>
  );
}
