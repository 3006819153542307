import { getFragmentData, type FragmentType } from "../../gql";
import { TableScroll } from "../TableScroll";
import type { ProcurementScenarioInput, ProcurementWarningCode } from "../../gql/graphql";
import { ProcurementResultFragment } from "../../graphql/procurement";
import { useI18n } from "../../i18n";
import { formatDecimal, formatSek, isPriceModel } from "../../lib/procurementForm";
import { BidSensitivityChart, CriteriaSensitivityChart } from "../charts/ProcurementSensitivityCharts";

export type WarningSeverity = "high" | "medium" | "info";

/** How serious a warning is for the buyer: decides its styling and its spoken prefix. */
export const WARNING_SEVERITY: Record<ProcurementWarningCode, WarningSeverity> = {
  PROCEDURE_NOT_ALLOWED: "high",
  SPLITTING_RISK: "high",
  RULES_OUT_OF_PERIOD: "high",
  NEAR_THRESHOLD: "medium",
  PROCEDURE_REQUIRES_GROUNDS: "medium",
  RANK_REVERSAL: "medium",
  TIE: "medium",
  WEIGHTS_NOT_100: "medium",
  EVALUATION_DEFAULTED: "medium",
  SEK_THRESHOLD_UNVERIFIED: "info",
  REASONABLE_TIME_RECOMMENDATION: "info",
};
const SEVERITY_ORDER: WarningSeverity[] = ["high", "medium", "info"];

export function useDays() {
  const { t } = useI18n();
  return (count: number) => (count === 1 ? t("procurement.result.oneDay") : t("procurement.result.days", { count }));
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0";
}

export interface ProcurementResultViewProps {
  result: FragmentType<typeof ProcurementResultFragment>;
  /** The scenario the result was computed for (model, criteria names, bid prices). */
  input: ProcurementScenarioInput;
}

export function ProcurementResultView({ result: resultRef, input }: ProcurementResultViewProps) {
  const result = getFragmentData(ProcurementResultFragment, resultRef);
  const { t, formatCalendarDate } = useI18n();
  const days = useDays();
  const model = input.evaluation?.model ?? "LOWEST_PRICE";
  const priceModel = isPriceModel(model);
  const criteria = input.evaluation?.criteria ?? [];
  const criterionName = (id: string) => criteria.find((c) => c.id === id)?.name || id;
  const priceOf = (supplier: string) => (input.bids ?? []).find((b) => b.supplier === supplier)?.priceSek;
  const rankCounts = new Map<number, number>();
  for (const bid of result.ranking) rankCounts.set(bid.rank, (rankCounts.get(bid.rank) ?? 0) + 1);
  const warnings = [...result.warnings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(WARNING_SEVERITY[a.code]) - SEVERITY_ORDER.indexOf(WARNING_SEVERITY[b.code]),
  );
  const comparison = (value: number) => (priceModel ? formatSek(value) : t("procurement.result.points", { value: formatDecimal(value) }));

  return (
    <div className="procurement-result" data-testid="procurement-result">
      <section className={`regime regime-${result.regime.toLowerCase()}`} aria-labelledby="regime-title" data-testid="regime">
        <h3 id="regime-title" className="visually-hidden">
          {t("procurement.result.regime")}
        </h3>
        <p className="regime-label" data-testid="regime-label">
          {t(`procurement.regime.${result.regime}`)}
        </p>
        <p className="regime-explanation">{t(`procurement.regimeExplanation.${result.regime}`)}</p>
        <dl className="facts">
          <div>
            <dt>{t("procurement.result.threshold")}</dt>
            <dd data-testid="threshold">{formatSek(result.thresholdSek)}</dd>
          </div>
          <div>
            <dt>{t("procurement.result.directAwardLimit")}</dt>
            <dd data-testid="direct-award-limit">{formatSek(result.directAwardLimitSek)}</dd>
          </div>
          <div>
            <dt>{t("procurement.result.rulesVersion")}</dt>
            <dd>{result.rulesVersion}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="warnings-title" data-testid="warnings">
        <h3 id="warnings-title">{t("procurement.result.warnings")}</h3>
        {warnings.length === 0 ? (
          <p className="empty">{t("procurement.result.noWarnings")}</p>
        ) : (
          <ul className="warning-list">
            {warnings.map((warning, i) => {
              const severity = WARNING_SEVERITY[warning.code];
              return (
                <li key={`${warning.code}-${i}`} className={`warning warning-${severity}`} data-code={warning.code}>
                  <span className={`badge badge-severity-${severity}`}>{t(`procurement.severity.${severity}`)}</span>
                  <span className="visually-hidden">: </span>
                  <span>{warning.message}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="procedures-title">
        <h3 id="procedures-title">{t("procurement.result.procedures")}</h3>
        {result.recommendedProcedures.length === 0 ? (
          <p className="empty">{t("procurement.result.noProcedures")}</p>
        ) : (
          <ol className="procedure-list" data-testid="procedures">
            {result.recommendedProcedures.map((procedure, i) => (
              <li key={procedure}>
                {t(`procurement.procedure.${procedure}`)}
                {i === 0 ? <span className="badge badge-best">{t("procurement.result.mostSuitable")}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title">{t("procurement.result.timeline")}</h3>
        <dl className="timeline" data-testid="timeline">
          <div>
            <dt>{t("procurement.result.minTenderDays")}</dt>
            <dd data-testid="min-tender-days">{days(result.timeline.minTenderDays)}</dd>
          </div>
          <div>
            <dt>{t("procurement.result.standstillDays")}</dt>
            <dd data-testid="standstill-days">{days(result.timeline.standstillDays)}</dd>
          </div>
          <div>
            <dt>{t("procurement.result.earliestAward")}</dt>
            <dd data-testid="earliest-award">
              <time dateTime={result.timeline.earliestAwardDate}>{formatCalendarDate(result.timeline.earliestAwardDate)}</time>
            </dd>
          </div>
          <div>
            <dt>{t("procurement.result.earliestContract")}</dt>
            <dd data-testid="earliest-contract">
              <time dateTime={result.timeline.earliestContractDate}>
                {formatCalendarDate(result.timeline.earliestContractDate)}
              </time>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="ranking-title">
        <h3 id="ranking-title">
          {t("procurement.result.ranking")} <span className="heading-note">– {t(`procurement.model.${model}`)}</span>
        </h3>
        {result.ranking.length === 0 ? (
          <p className="empty">{t("procurement.result.noRanking")}</p>
        ) : (
          <TableScroll label={t("procurement.result.ranking")}>
            <table className="data-table ranking-table" data-testid="ranking">
              <thead>
                <tr>
                  <th scope="col">{t("procurement.result.rank")}</th>
                  <th scope="col">{t("procurement.result.supplier")}</th>
                  <th scope="col" className="num">
                    {t("procurement.result.comparisonValue")}
                  </th>
                  {!priceModel ? (
                    <>
                      <th scope="col" className="num">
                        {t("procurement.result.priceScore")}
                      </th>
                      <th scope="col" className="num">
                        {t("procurement.result.qualityScore")}
                      </th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {result.ranking.map((bid) => {
                  const tied = (rankCounts.get(bid.rank) ?? 0) > 1;
                  return (
                    <tr
                      key={bid.supplier}
                      className={bid.rank === 1 ? "is-winner" : undefined}
                      data-testid="ranking-row"
                      data-rank={bid.rank}
                      data-tied={tied || undefined}
                    >
                      <td>
                        {bid.rank}
                        {tied ? <span className="badge badge-tie">{t("procurement.result.tie")}</span> : null}
                      </td>
                      <th scope="row">
                        {bid.supplier}
                        {bid.rank === 1 && !tied ? (
                          <span className="badge badge-winner">{t("procurement.result.winner")}</span>
                        ) : null}
                      </th>
                      <td className="num">{comparison(bid.comparisonValue)}</td>
                      {!priceModel ? (
                        <>
                          <td className="num">{bid.priceScore === null || bid.priceScore === undefined ? "–" : formatDecimal(bid.priceScore)}</td>
                          <td className="num">
                            {bid.qualityScore === null || bid.qualityScore === undefined ? "–" : formatDecimal(bid.qualityScore)}
                          </td>
                        </>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {result.ranking.length > 0 ? (
        <section aria-labelledby="sensitivity-title" data-testid="sensitivity">
          <h3 id="sensitivity-title">{t("procurement.result.sensitivity")}</h3>
          <div className="sensitivity-grid">
            <div>
              <h4>{t("procurement.result.sensitivityCriteria")}</h4>
              {result.sensitivity.criteria.some((c) => c.weightChangeToFlipWinner != null) ? (
                <CriteriaSensitivityChart
                  addedValue={model === "ADDED_VALUE"}
                  rows={result.sensitivity.criteria.map((c) => ({
                    id: c.id,
                    name: criterionName(c.id),
                    weight: criteria.find((x) => x.id === c.id)?.weight ?? null,
                    change: c.weightChangeToFlipWinner ?? null,
                  }))}
                />
              ) : null}
              {result.sensitivity.criteria.length === 0 ? (
                <p className="empty">{t("procurement.result.noCriteriaSensitivity")}</p>
              ) : (
                <ul className="plain-list sensitivity-list">
                  {result.sensitivity.criteria.map((c) => (
                    <li key={c.id}>
                      <span className="sensitivity-name">{criterionName(c.id)}</span>
                      <span className={c.weightChangeToFlipWinner === null || c.weightChangeToFlipWinner === undefined ? "stable" : "fragile"}>
                        {c.weightChangeToFlipWinner === null || c.weightChangeToFlipWinner === undefined
                          ? t("procurement.result.noWeightFlip")
                          : t(model === "ADDED_VALUE" ? "procurement.result.addedValueFlip" : "procurement.result.weightFlip", {
                              change: signed(c.weightChangeToFlipWinner),
                            })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h4>{t("procurement.result.sensitivityBids")}</h4>
              {result.sensitivity.bids.some((b) => b.priceToWinSek != null) ? (
                <BidSensitivityChart
                  rows={result.sensitivity.bids.map((b) => ({ supplier: b.supplier, priceSek: priceOf(b.supplier) ?? null, priceToWinSek: b.priceToWinSek ?? null }))}
                />
              ) : null}
              {result.sensitivity.bids.length === 0 ? (
                <p className="empty">{t("procurement.result.noBidSensitivity")}</p>
              ) : (
                <ul className="plain-list sensitivity-list">
                  {result.sensitivity.bids.map((b) => {
                    const price = priceOf(b.supplier);
                    const toWin = b.priceToWinSek;
                    const change =
                      toWin !== null && toWin !== undefined && price
                        ? `${signed(Math.round(((toWin - price) / price) * 1000) / 10)} %`.replace(".", ",")
                        : null;
                    return (
                      <li key={b.supplier}>
                        <span className="sensitivity-name">{b.supplier}</span>
                        <span className={toWin === null || toWin === undefined ? "stable" : undefined}>
                          {toWin === null || toWin === undefined
                            ? t("procurement.result.noPriceToWin")
                            : t("procurement.result.priceToWin", { price: formatSek(toWin) })}
                          {change ? <span className="meta"> ({t("procurement.result.priceToWinChange", { percent: change })})</span> : null}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </div>
        </section>
      ) : null}
    </div>
  );
}
