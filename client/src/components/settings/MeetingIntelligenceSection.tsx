import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { useOnReconnect } from "../../lib/useOnReconnect";
import { ChartDataTable, PrecisionLineChart, formatShortCalendarDate } from "../charts";
import { ErrorBanner, Loading } from "../Status";

const ReviewSettingsQuery = graphql(`
  query ReviewSettings {
    reviewSettings {
      suggestionThreshold
      updatedAt
    }
  }
`);

const UpdateReviewSettingsMutation = graphql(`
  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {
    updateReviewSettings(input: $input) {
      reviewSettings {
        suggestionThreshold
        updatedAt
      }
    }
  }
`);

const ReviewPrecisionQuery = graphql(`
  query ReviewPrecision($weeks: Int!) {
    reviewPrecision(weeks: $weeks) {
      weekStart
      accepted
      edited
      rejected
      reviewed
      precision
    }
  }
`);

const PERIODS = [8, 12, 26] as const;
const percentOf = (x: number) => Math.round(x * 100);

function ThresholdForm({ threshold }: { threshold: number }) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(String(percentOf(threshold)));
  const [invalid, setInvalid] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [saved, setSaved] = useState("");
  const [{ fetching }, update] = useMutation(UpdateReviewSettingsMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved("");
    setFormError(null);
    const n = Number(value.trim());
    const valid = /^\d{1,3}$/.test(value.trim()) && n >= 0 && n <= 100;
    setInvalid(!valid);
    if (!valid) {
      ref.current?.focus();
      return;
    }
    const result = await update({ input: { suggestionThreshold: n / 100 } });
    if (!result.error) {
      setSaved(t("settings.intelligence.saved"));
      return;
    }
    if (inputProblems(result.error).some((p) => p.path[1] === "suggestionThreshold")) {
      setInvalid(true);
      ref.current?.focus();
      return;
    }
    setFormError(errorMessageKey(result.error));
  }

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="review-settings-form">
      <p className={saved ? "success-message" : "visually-hidden"} role="status" data-testid="review-settings-status">
        {saved}
      </p>
      {formError ? <ErrorBanner messageKey={formError} /> : null}
      <fieldset className="form-section" disabled={fetching}>
        <legend>{t("settings.intelligence.legend")}</legend>
        <div className="field">
          <label htmlFor={id}>{t("settings.intelligence.threshold")}</label>
          <input
            ref={ref}
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            className="input-short"
            value={value}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ""}`}
            onChange={(event) => setValue(event.target.value)}
            data-testid="review-threshold"
          />
          <p id={`${id}-hint`} className="field-hint">
            {t("settings.intelligence.thresholdHint")}
          </p>
          {invalid ? (
            <p id={`${id}-error`} className="field-error">
              {t("settings.intelligence.thresholdInvalid")}
            </p>
          ) : null}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t("settings.intelligence.saving") : t("settings.intelligence.save")}
        </button>
      </div>
    </form>
  );
}

function PrecisionPanel() {
  const { t, formatCalendarDate } = useI18n();
  const periodId = useId();
  const [weeks, setWeeks] = useState<number>(12);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewPrecisionQuery, variables: { weeks } });
  useOnReconnect(() => reexecute({ requestPolicy: "network-only" }));
  const points = data?.reviewPrecision ?? [];
  const totals = points.reduce((s, p) => ({ accepted: s.accepted + p.accepted, edited: s.edited + p.edited, rejected: s.rejected + p.rejected, reviewed: s.reviewed + p.reviewed }), { accepted: 0, edited: 0, rejected: 0, reviewed: 0 });
  const last = [...points].reverse().find((p) => p.precision != null);
  const summary =
    totals.reviewed > 0 && last
      ? t("settings.intelligence.summary", {
          weeks,
          reviewed: totals.reviewed,
          accepted: totals.accepted,
          edited: totals.edited,
          rejected: totals.rejected,
          precision: percentOf((totals.accepted + totals.edited) / totals.reviewed),
          date: formatCalendarDate(last.weekStart),
          lastPrecision: percentOf(last.precision ?? 0),
        })
      : "";
  return (
    <div className="review-precision" data-testid="review-precision">
      <div className="panel-header">
        <h3>{t("settings.intelligence.precisionTitle")}</h3>
        <div className="chart-period">
          <label htmlFor={periodId}>{t("settings.intelligence.rangeLabel")}</label>
          <select id={periodId} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t("settings.intelligence.weeks", { weeks: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!data && fetching ? <Loading /> : null}
      {!data && error ? <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      {data && totals.reviewed === 0 ? <p className="empty">{t("settings.intelligence.empty", { weeks })}</p> : null}
      {data && totals.reviewed > 0 ? (
        <PrecisionLineChart
          testId="review-precision-chart"
          rows={points.map((p) => ({ x: p.weekStart, value: p.precision == null ? null : percentOf(p.precision) }))}
          seriesLabel={t("settings.intelligence.precision")}
          formatTick={formatShortCalendarDate}
          formatLong={formatCalendarDate}
          yLabel={t("settings.intelligence.yAxis")}
          label={t("settings.intelligence.chartLabel", { weeks })}
          summary={summary}
          data={
            <ChartDataTable
              caption={t("charts.tableCaption")}
              columns={[
                t("settings.intelligence.week"),
                t("settings.intelligence.acceptedCol"),
                t("settings.intelligence.editedCol"),
                t("settings.intelligence.rejectedCol"),
                t("settings.intelligence.precisionCol"),
              ]}
              rows={points.map((p) => [formatCalendarDate(p.weekStart), p.accepted, p.edited, p.rejected, p.precision == null ? t("settings.intelligence.noReviews") : `${percentOf(p.precision)} %`])}
            />
          }
        />
      ) : null}
    </div>
  );
}

/** Inställningar → Mötesintelligens (editors and admins): the suggestion threshold (admins change it) and the precision of suggestions over time. */
export function MeetingIntelligenceSection({ canAdmin }: { canAdmin: boolean }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewSettingsQuery });
  let body;
  if (!data && fetching) body = <Loading label={t("settings.intelligence.loading")} />;
  else if (!data) body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else if (canAdmin) body = <ThresholdForm threshold={data.reviewSettings.suggestionThreshold} />;
  else body = <p data-testid="review-threshold-readonly">{t("settings.intelligence.thresholdReadOnly", { percent: percentOf(data.reviewSettings.suggestionThreshold) })}</p>;
  return (
    <section className="panel settings-panel" aria-labelledby="settings-intelligence-title" data-testid="settings-intelligence">
      <div className="panel-header">
        <h2 id="settings-intelligence-title">{t("settings.intelligence.title")}</h2>
      </div>
      <p className="meta">{t("settings.intelligence.intro")}</p>
      {body}
      <PrecisionPanel />
    </section>
  );
}
