import { useI18n } from "../../i18n";
import { formatDecimal, formatSek } from "../../lib/procurementForm";
import { ChartDataTable, DeltaBarChart, formatSigned, type DeltaRow } from ".";

export interface CriterionSensitivityRow {
  id: string;
  name: string;
  /** Current weight in points (point models) — absent for ADDED_VALUE. */
  weight: number | null;
  change: number | null;
}

export interface BidSensitivityRow {
  supplier: string;
  priceSek: number | null;
  priceToWinSek: number | null;
}

/** Nearest first, rows that never flip last (the tornado's usual order). */
function byReach<T extends { change: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.change == null ? 1 : 0) - (b.change == null ? 1 : 0) || Math.abs(a.change ?? 0) - Math.abs(b.change ?? 0));
}

/** How far each criterion's weight (or added value) may move before the winner changes. */
export function CriteriaSensitivityChart({ rows, addedValue }: { rows: CriterionSensitivityRow[]; addedValue: boolean }) {
  const { t } = useI18n();
  const sorted = byReach(rows);
  const unit = (v: number) => (addedValue ? t("charts.sensitivity.percent", { value: formatSigned(v) }) : formatSigned(v));
  const chartRows: DeltaRow[] = sorted.map((r) => ({
    id: r.id,
    label: r.name,
    labelSuffix: r.weight != null && !addedValue ? t("charts.sensitivity.currentWeight", { weight: r.weight }) : undefined,
    delta: r.change,
    valueText: r.change == null ? t("charts.sensitivity.stable") : unit(r.change),
  }));
  const flips = sorted.filter((r) => r.change != null);
  const closest = flips[0];
  const summary = closest
    ? t("charts.sensitivity.summary", { flips: flips.length, total: rows.length, closest: `${closest.name} ${unit(closest.change!)}` })
    : t("charts.sensitivity.summaryNone");
  return (
    <DeltaBarChart
      testId="sensitivity-criteria-chart"
      rows={chartRows}
      zeroLabel={t("charts.sensitivity.current")}
      axisLabel={addedValue ? t("charts.sensitivity.axisPercent") : t("charts.sensitivity.axisPoints")}
      formatTick={(v) => formatSigned(Math.round(v))}
      label={addedValue ? t("charts.sensitivity.addedValueLabel") : t("charts.sensitivity.weightsLabel")}
      summary={summary}
      data={
        <ChartDataTable
          caption={t("charts.tableCaption")}
          columns={[t("charts.sensitivity.criterion"), t("charts.sensitivity.currentValue"), t("charts.sensitivity.flipsAt"), t("charts.sensitivity.change")]}
          rows={sorted.map((r) => [
            r.name,
            addedValue || r.weight == null ? "–" : `${r.weight} %`,
            r.change == null ? t("charts.sensitivity.stable") : addedValue || r.weight == null ? unit(r.change) : `${r.weight + r.change} %`,
            r.change == null ? "–" : unit(r.change),
          ])}
        />
      }
    />
  );
}

/** How much each losing bid's price must change for it to win alone. */
export function BidSensitivityChart({ rows }: { rows: BidSensitivityRow[] }) {
  const { t } = useI18n();
  const withChange = rows.map((r) => ({
    ...r,
    change: r.priceToWinSek != null && r.priceSek ? Math.round(((r.priceToWinSek - r.priceSek) / r.priceSek) * 1000) / 10 : null,
  }));
  const sorted = byReach(withChange);
  const percent = (v: number) => t("charts.sensitivity.percent", { value: formatSigned(v) });
  const flips = sorted.filter((r) => r.change != null);
  const closest = flips[0];
  const summary = closest
    ? t("charts.sensitivity.summary", { flips: flips.length, total: rows.length, closest: `${closest.supplier} ${percent(closest.change!)}` })
    : t("charts.sensitivity.summaryNone");
  return (
    <DeltaBarChart
      testId="sensitivity-bids-chart"
      rows={sorted.map((r) => ({
        id: r.supplier,
        label: r.supplier,
        delta: r.change,
        valueText: r.change == null ? t("charts.sensitivity.noWin") : percent(r.change),
      }))}
      zeroLabel={t("charts.sensitivity.current")}
      axisLabel={t("charts.sensitivity.axisPercent")}
      formatTick={(v) => formatSigned(Math.round(v))}
      label={t("charts.sensitivity.pricesLabel")}
      summary={summary}
      data={
        <ChartDataTable
          caption={t("charts.tableCaption")}
          columns={[t("charts.sensitivity.supplier"), t("charts.sensitivity.currentValue"), t("charts.sensitivity.winsAt"), t("charts.sensitivity.change")]}
          rows={sorted.map((r) => [
            r.supplier,
            r.priceSek != null ? formatSek(r.priceSek) : "–",
            r.priceToWinSek != null ? formatSek(r.priceToWinSek) : t("charts.sensitivity.noWin"),
            r.change == null ? "–" : `${formatDecimal(r.change)} %`,
          ])}
        />
      }
    />
  );
}
