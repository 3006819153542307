import { useEffect, useRef, useState } from "react";
import { useClient, useMutation, useSubscription, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { ExtractionRunStatus_RunFragment } from "../gql/graphql";
import { errorMessageKey, hasErrorCode } from "../graphql/errors";
import { useI18n, type I18n } from "../i18n";
import { summarizeConsent } from "../lib/consent";
import { formatBytes } from "../lib/format";
import { SensitiveBadge } from "./Badges";
import { useAnnounce } from "./LiveAnnouncer";
import { sourceLabel } from "./Provenance";
import { EmptyState } from "./Status";
import { UploadForm } from "./transcript/UploadForm";

export const ExtractionRunStatusFragment = graphql(`
  fragment ExtractionRunStatus_Run on ExtractionRun {
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

export const TranscriptPanelFragment = graphql(`
  fragment TranscriptPanel_Meeting on Meeting {
    id
    sensitivity
    viewerCanEdit
    participants {
      id
      consent
      stakeholder {
        id
        name
      }
    }
    transcript {
      id
      format
      filename
      byteSize
      segmentCount
      speakerCount
      createdAt
      uploadedBy {
        id
        name
      }
    }
    extractionRuns {
      id
      ...ExtractionRunStatus_Run
    }
  }
`);


const RerunExtractionMutation = graphql(`
  mutation RerunExtraction($input: RerunExtractionInput!) {
    rerunExtraction(input: $input) {
      run {
        id
        ...ExtractionRunStatus_Run
        meeting {
          id
          ...TranscriptPanel_Meeting
        }
      }
    }
  }
`);

export const ExtractionRunChangedSubscription = graphql(`
  subscription ExtractionRunChanged($meetingId: ID!) {
    extractionRunChanged(meetingId: $meetingId) {
      id
      ...ExtractionRunStatus_Run
      meeting {
        id
        extractionRuns {
          id
          ...ExtractionRunStatus_Run
        }
      }
    }
  }
`);

/** Fallback while a run is active, in case the socket is down or an event raced the mutation's answer. */
const ExtractionRunPollQuery = graphql(`
  query ExtractionRunPoll($id: ID!) {
    extractionRun(id: $id) {
      id
      ...ExtractionRunStatus_Run
    }
  }
`);

const POLL_INTERVAL_MS = 2_500;

type RunData = ExtractionRunStatus_RunFragment;




/** "1 åtgärdspunkt", "2 åtgärdspunkter" ("beslut" is the same in both numbers). */
function actionItemsText(count: number, t: I18n["t"]): string {
  return count === 1 ? t("run.actionItemsOne") : t("run.actionItemsOther", { count });
}

export interface TranscriptPanelProps {
  meeting: FragmentType<typeof TranscriptPanelFragment>;
  /** viewer.canEdit; uploading also needs the meeting's viewerCanEdit. */
  canEdit: boolean;
  /** A run this page watched has succeeded: its decisions and action items are new. */
  onRunSucceeded(): void;
  /** The server refused for lack of consent: what this page shows is out of date. */
  onConsentRefused(): void;
}

export function TranscriptPanel({ meeting: meetingRef, canEdit, onRunSucceeded, onConsentRefused }: TranscriptPanelProps) {
  const meeting = getFragmentData(TranscriptPanelFragment, meetingRef);
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const client = useClient();
  const editable = canEdit && meeting.viewerCanEdit;
  const consent = summarizeConsent(meeting.participants.map((p) => p.consent));
  const transcript = meeting.transcript ?? null;
  const latestRef = meeting.extractionRuns[0];
  const latestRun = latestRef ? getFragmentData(ExtractionRunStatusFragment, latestRef) : null;
  const active = latestRun?.status === "QUEUED" || latestRun?.status === "RUNNING";

  useSubscription({ query: ExtractionRunChangedSubscription, variables: { meetingId: meeting.id } });

  const activeRunId = active ? latestRun?.id : undefined;
  useEffect(() => {
    if (!activeRunId) return;
    const timer = window.setInterval(() => {
      void client.query(ExtractionRunPollQuery, { id: activeRunId }, { requestPolicy: "network-only" }).toPromise();
    }, POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [activeRunId, client]);

  // Runs seen active on this page: when one of them finishes, announce it (and refetch on success).
  const watching = useRef(new Set<string>());
  const runId = latestRun?.id;
  const runStatus = latestRun?.status;
  const decisionCount = latestRun?.decisionCount ?? 0;
  const actionItemCount = latestRun?.actionItemCount ?? 0;
  useEffect(() => {
    if (!runId || !runStatus) return;
    if (runStatus === "QUEUED" || runStatus === "RUNNING") {
      watching.current.add(runId);
      return;
    }
    if (!watching.current.delete(runId)) return;
    if (runStatus === "SUCCEEDED") {
      announce(t("run.announceSucceeded", { decisions: decisionCount, actionItems: actionItemsText(actionItemCount, t) }));
      onRunSucceeded();
    } else {
      announce(t("run.announceFailed"));
    }
  }, [runId, runStatus, decisionCount, actionItemCount, announce, t, onRunSucceeded]);

  return (
    <section className="panel panel-wide transcript-panel" aria-labelledby="transcript-title" data-testid="meeting-transcript">
      <h2 id="transcript-title">{t("transcript.title")}</h2>
      {meeting.sensitivity === "SENSITIVE" ? (
        <div className="fort-knox" data-testid="fort-knox">
          <p className="badges">
            <span className="badge badge-fort-knox">
              <LockIcon />
              {t("transcript.fortKnox")}
            </span>
            <SensitiveBadge />
          </p>
          <p className="fort-knox-text">{t("transcript.sensitiveNotice")}</p>
          <p className="meta">{t("transcript.sensitiveHint")}</p>
        </div>
      ) : null}

      <div className="transcript-grid">
        <div className="transcript-current">
          <h3>{t("transcript.current")}</h3>
          {transcript ? (
            <dl className="transcript-facts" data-testid="transcript-meta">
              <div>
                <dt>{t("transcript.filename")}</dt>
                <dd>{transcript.filename ?? t("transcript.noFilename")}</dd>
              </div>
              <div>
                <dt>{t("transcript.format")}</dt>
                <dd>{t(`transcriptFormat.${transcript.format}`)}</dd>
              </div>
              <div>
                <dt>{t("transcript.segments")}</dt>
                <dd>{transcript.segmentCount}</dd>
              </div>
              <div>
                <dt>{t("transcript.speakers")}</dt>
                <dd>{transcript.speakerCount}</dd>
              </div>
              <div>
                <dt>{t("transcript.size")}</dt>
                <dd>{formatBytes(transcript.byteSize)}</dd>
              </div>
              <div>
                <dt>{t("transcript.uploadedAt")}</dt>
                <dd>
                  <time dateTime={transcript.createdAt}>
                    {transcript.uploadedBy
                      ? t("transcript.uploadedBy", { date: formatDateTime(transcript.createdAt), name: transcript.uploadedBy.name })
                      : formatDateTime(transcript.createdAt)}
                  </time>
                </dd>
              </div>
            </dl>
          ) : (
            <EmptyState messageKey="transcript.none" />
          )}

          <h3>{t("run.title")}</h3>
          {latestRun ? <RunStatus run={latestRun} /> : <EmptyState messageKey="run.none" />}
          {editable && transcript ? (
            <RerunButton meetingId={meeting.id} disabled={!consent.ok || active} onConsentRefused={onConsentRefused} />
          ) : null}
        </div>

        <div className="transcript-upload">
          {editable ? (
            <UploadForm
              meetingId={meeting.id}
              consentOk={consent.ok}
              participants={meeting.participants.map((p) => ({ id: p.id, name: p.stakeholder.name, consent: p.consent }))}
              onConsentRefused={onConsentRefused}
            />
          ) : (
            <p className="meta">{t("transcript.viewerHint")}</p>
          )}
        </div>
      </div>
    </section>
  );
}

/** A padlock; an SVG rather than an emoji, which not every system has a font for. */
function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
      />
    </svg>
  );
}

function RunStatus({ run }: { run: RunData }) {
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

function RerunButton(props: { meetingId: string; disabled: boolean; onConsentRefused(): void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [{ fetching }, rerun] = useMutation(RerunExtractionMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  async function start() {
    setError(null);
    const result = await rerun({ input: { meetingId: props.meetingId } });
    if (result.error) {
      setError(result.error);
      if (hasErrorCode(result.error, "CONSENT_REQUIRED")) props.onConsentRefused();
      return;
    }
    announce(t("transcript.announceRerun"));
  }

  return (
    <div className="rerun">
      <button
        type="button"
        className="button button-secondary"
        disabled={props.disabled || fetching}
        onClick={() => void start()}
      >
        {fetching ? t("transcript.rerunning") : t("transcript.rerun")}
      </button>
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </div>
  );
}
