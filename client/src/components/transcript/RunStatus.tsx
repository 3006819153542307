import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n, type I18n } from "../../i18n";
import { sourceLabel } from "../Provenance";

export const RunStatusFragment = graphql(`
  fragment RunStatus_ExtractionRun on ExtractionRun {
    id
    status
    progress
    source
    failureCode
    failureReason
    decisionCount
    actionItemCount
    createdAt
    startedAt
    finishedAt
  }
`);

export type RunStatusRef = FragmentType<typeof RunStatusFragment>;

/** "1 åtgärdspunkt", "2 åtgärdspunkter" ("beslut" is the same in both numbers). */
export function actionItemsText(count: number, t: I18n["t"]): string {
  return count === 1 ? t("run.actionItemsOne") : t("run.actionItemsOther", { count });
}

/** The latest extraction run: its status, progress, result or failure, and when. */
export function RunStatus(props: { run: RunStatusRef }) {
  const run = getFragmentData(RunStatusFragment, props.run);
  const { t, formatDateTime } = useI18n();
  const statusText = t(`run.status.${run.status}`);
  const failure = run.status === "FAILED";
  const failureText =
    run.failureCode === "SENSITIVE_REQUIRES_LOCAL" || run.failureCode === "TRANSCRIPT_MISSING"
      ? t(`run.failure.${run.failureCode}`)
      : (run.failureReason ?? t("run.failureFallback"));
  const progress = Math.min(100, Math.max(0, run.progress));
  return (
    <div
      className={`run-status is-${run.status.toLowerCase()}`}
      data-testid="extraction-run"
      data-status={run.status}
      data-run-id={run.id}
    >
      <p className="run-status-line">
        <span className={`badge badge-run-${run.status.toLowerCase()}`} data-testid="run-status">
          {statusText}
        </span>
        {run.source ? <span className="meta">{t("run.source", { source: sourceLabel(run.source, t) })}</span> : null}
      </p>
      {failure ? null : (
        <div
          className="progress"
          role="progressbar"
          aria-label={t("run.progressLabel")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          aria-valuetext={`${progress} % – ${statusText}`}
        >
          <div className="progress-bar" style={{ width: `${progress}%` }} />
        </div>
      )}
      {run.status === "SUCCEEDED" ? (
        <p>{t("run.result", { decisions: run.decisionCount ?? 0, actionItems: actionItemsText(run.actionItemCount ?? 0, t) })}</p>
      ) : null}
      {failure ? (
        <p className="run-failure" data-testid="run-failure">
          {failureText}
        </p>
      ) : null}
      <p className="meta">
        {run.finishedAt ? (
          <time dateTime={run.finishedAt}>{t("run.finishedAt", { date: formatDateTime(run.finishedAt) })}</time>
        ) : (
          <time dateTime={run.startedAt ?? run.createdAt}>
            {t("run.startedAt", { date: formatDateTime(run.startedAt ?? run.createdAt) })}
          </time>
        )}
      </p>
    </div>
  );
}
