import { useState, type ReactNode } from "react";
import { TableScroll } from "../TableScroll";
import { useQuery } from "urql";
import { getFragmentData } from "../../gql";
import type {
  ProcurementComparedField,
  ProcurementResult_ResultFragment,
  ProcurementScenario_FormFragment,
} from "../../gql/graphql";
import {
  CompareProcurementScenariosQuery,
  ProcurementResultFragment,
  ProcurementScenarioFormFragment,
} from "../../graphql/procurement";
import { useI18n } from "../../i18n";
import { formatSek } from "../../lib/procurementForm";
import { ErrorBanner, Loading } from "../Status";
import { useDays } from "./ProcurementResultView";
import type { SavedScenarioItem } from "./SavedScenarios";

const COMPARED_FIELDS: readonly ProcurementComparedField[] = [
  "REGIME",
  "THRESHOLD_SEK",
  "MIN_TENDER_DAYS",
  "STANDSTILL_DAYS",
  "EARLIEST_AWARD_DATE",
  "EARLIEST_CONTRACT_DATE",
  "WINNER",
];

function winnerOf(result: ProcurementResult_ResultFragment): string | null {
  const first = result.ranking.filter((bid) => bid.rank === 1).map((bid) => bid.supplier);
  return first.length > 0 ? first.join(", ") : null;
}

interface Row {
  key: string;
  label: string;
  a: ReactNode;
  b: ReactNode;
  differs: boolean;
}

function ComparisonRows({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useI18n();
  return (
    <>
      <tr className="group-row">
        <th scope="colgroup" colSpan={3}>
          {caption}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.key} className={row.differs ? "is-different" : undefined} data-testid="compare-row" data-field={row.key}>
          <th scope="row">
            {row.label}
            {row.differs ? <span className="badge badge-diff">{t("procurement.compare.differs")}</span> : null}
          </th>
          <td>{row.a}</td>
          <td>{row.b}</td>
        </tr>
      ))}
    </>
  );
}

function Comparison({ aId, bId }: { aId: string; bId: string }) {
  const { t, formatCalendarDate } = useI18n();
  const days = useDays();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CompareProcurementScenariosQuery,
    variables: { aId, bId },
    requestPolicy: "network-only",
  });
  if (!data && fetching) return <Loading />;
  if (error && !data) return <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const comparison = data?.compareProcurementScenarios;
  if (!comparison) return null;

  const aResult = getFragmentData(ProcurementResultFragment, comparison.aResult);
  const bResult = getFragmentData(ProcurementResultFragment, comparison.bResult);
  const aScenario = getFragmentData(ProcurementScenarioFormFragment, comparison.a.scenario);
  const bScenario = getFragmentData(ProcurementScenarioFormFragment, comparison.b.scenario);
  const differing = new Set(comparison.differences.map((d) => d.field));
  const none = t("procurement.compare.none");

  const resultValue = (field: ProcurementComparedField, result: ProcurementResult_ResultFragment): ReactNode => {
    switch (field) {
      case "REGIME":
        return t(`procurement.regime.${result.regime}`);
      case "THRESHOLD_SEK":
        return formatSek(result.thresholdSek);
      case "MIN_TENDER_DAYS":
        return days(result.timeline.minTenderDays);
      case "STANDSTILL_DAYS":
        return days(result.timeline.standstillDays);
      case "EARLIEST_AWARD_DATE":
        return formatCalendarDate(result.timeline.earliestAwardDate);
      case "EARLIEST_CONTRACT_DATE":
        return formatCalendarDate(result.timeline.earliestContractDate);
      case "WINNER":
        return winnerOf(result) ?? none;
    }
  };

  const inputRows: Array<[string, (s: ProcurementScenario_FormFragment) => string]> = [
    ["value", (s) => formatSek(s.estimatedValueSek)],
    ["contractType", (s) => t(`procurement.contractType.${s.contractType}`)],
    ["authority", (s) => t(`procurement.authority.${s.authority}`)],
    ["procedure", (s) => (s.procedure ? t(`procurement.procedure.${s.procedure}`) : t("procurement.form.procedureRecommend"))],
    ["model", (s) => (s.evaluation ? t(`procurement.model.${s.evaluation.model}`) : none)],
    ["bids", (s) => String(s.bids?.length ?? 0)],
  ];
  const scenarioRows: Row[] = inputRows.map(([key, read]) => {
    const a = read(aScenario);
    const b = read(bScenario);
    return {
      key,
      label: t(`procurement.compare.field.${key}` as "procurement.compare.field.value"),
      a,
      b,
      differs: a !== b,
    };
  });
  const resultRows: Row[] = COMPARED_FIELDS.map((field) => ({
    key: field,
    label: t(`procurement.compare.field.${field}`),
    a: resultValue(field, aResult),
    b: resultValue(field, bResult),
    differs: differing.has(field),
  }));
  const count = comparison.differences.length;

  return (
    <div className="comparison" data-testid="comparison" aria-busy={fetching}>
      <p className={count === 0 ? "comparison-summary" : "comparison-summary has-differences"} role="status">
        {count === 0
          ? t("procurement.compare.noDifferences")
          : count === 1
            ? t("procurement.compare.oneDifference")
            : t("procurement.compare.differenceCount", { count })}
      </p>
      <TableScroll label={t("procurement.compare.title")}>
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t("procurement.compare.aspect")}</th>
              <th scope="col">
                <span className="compare-letter">A</span> {comparison.a.name}
              </th>
              <th scope="col">
                <span className="compare-letter">B</span> {comparison.b.name}
              </th>
            </tr>
          </thead>
          <tbody>
            <ComparisonRows rows={resultRows} caption={t("procurement.compare.results")} />
            <ComparisonRows rows={scenarioRows} caption={t("procurement.compare.inputs")} />
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

export function CompareScenarios({ scenarios }: { scenarios: readonly SavedScenarioItem[] | undefined }) {
  const { t } = useI18n();
  const [aChoice, setA] = useState("");
  const [bChoice, setB] = useState("");
  const [compared, setCompared] = useState<{ aId: string; bId: string; run: number } | null>(null);
  const list = scenarios ?? [];
  const exists = (id: string) => list.some((s) => s.id === id);
  // Default to the two most recently changed; forget choices that were deleted.
  const aId = exists(aChoice) ? aChoice : (list[0]?.id ?? "");
  const bId = exists(bChoice) ? bChoice : (list.find((s) => s.id !== aId)?.id ?? "");
  const shown = compared && exists(compared.aId) && exists(compared.bId) ? compared : null;

  return (
    <section className="panel" aria-labelledby="compare-title" data-testid="compare-scenarios">
      <h2 id="compare-title">{t("procurement.compare.title")}</h2>
      {list.length < 2 ? (
        <p className="empty">{t("procurement.compare.needTwo")}</p>
      ) : (
        <>
          <p className="field-hint">{t("procurement.compare.intro")}</p>
          <form
            className="compare-form"
            onSubmit={(event) => {
              event.preventDefault();
              setCompared((prev) => ({ aId, bId, run: (prev?.run ?? 0) + 1 }));
            }}
          >
            <div className="field">
              <label htmlFor="compare-a">{t("procurement.compare.a")}</label>
              <select id="compare-a" value={aId} onChange={(e) => setA(e.target.value)}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="compare-b">{t("procurement.compare.b")}</label>
              <select id="compare-b" value={bId} onChange={(e) => setB(e.target.value)}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t("procurement.compare.run")}
            </button>
          </form>
          {/* A new run remounts, so pressing Jämför again fetches fresh results. */}
          {shown ? <Comparison key={shown.run} aId={shown.aId} bId={shown.bId} /> : null}
        </>
      )}
    </section>
  );
}
