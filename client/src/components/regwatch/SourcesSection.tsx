import { useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { RegwatchSourceItem_RegwatchSourceFragment } from "../../gql/graphql";
import { errorMessageKey } from "../../graphql/errors";
import { DeleteRegwatchSourceMutation, PollRegwatchSourceMutation, RegwatchSourcesQuery, UpdateRegwatchSourceMutation } from "../../graphql/regwatch";
import { useI18n, type MessageKey } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { AddSourceForm, EditSourceForm } from "./SourceForms";
import { pollErrorText, pollOutcomeText, sourceHealth, sourceKindLabel } from "./regwatchText";

export const RegwatchSourceItemFragment = graphql(`
  fragment RegwatchSourceItem_RegwatchSource on RegwatchSource {
    id
    name
    kind
    url
    selector
    intervalMinutes
    enabled
    healthy
    lastStatus
    lastErrorCode
    consecutiveFailures
    lastPolledAt
    nextPollAt
    systemWide
    viewerCanManage
  }
`);

type Source = RegwatchSourceItem_RegwatchSourceFragment;

/** "Fungerar", "Fel: TIMEOUT" (with the reason in words), "Ur funktion efter 3 fel", "Inte hämtad än". */
function SourceHealth({ source }: { source: Source }) {
  const health = sourceHealth(source);
  return (
    <span className="rw-health-line">
      <span className={`badge rw-badge rw-health rw-health-${health.tone}`} data-testid="regwatch-source-health" data-tone={health.tone}>
        <span className="rw-mark" aria-hidden="true">
          {health.tone === "ok" ? "✓" : health.tone === "none" ? "○" : "!"}
        </span>
        {health.text}
      </span>
      {source.lastStatus === "FAILED" && source.lastErrorCode ? <span className="rw-muted rw-health-reason">{pollErrorText(source.lastErrorCode)}</span> : null}
    </span>
  );
}

function SourceItem(props: { source: FragmentType<typeof RegwatchSourceItemFragment>; onRemove(source: Source): void; onMessage(text: string): void }) {
  const source = getFragmentData(RegwatchSourceItemFragment, props.source);
  const { onRemove, onMessage } = props;
  const { t, formatDateTime } = useI18n();
  const [{ fetching: polling }, poll] = useMutation(PollRegwatchSourceMutation);
  const [{ fetching: switching }, update] = useMutation(UpdateRegwatchSourceMutation);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  async function pollNow() {
    setOutcome(null);
    const result = await poll({ input: { id: source.id } });
    const payload = result.data?.pollRegwatchSource;
    setOutcome(result.error || !payload ? { text: t(errorMessageKey(result.error)), failed: true } : pollOutcomeText(source.name, payload));
  }

  async function toggleEnabled() {
    setOutcome(null);
    const enabled = !source.enabled;
    const result = await update({ input: { id: source.id, enabled } });
    setOutcome(result.error ? { text: t(errorMessageKey(result.error)), failed: true } : { text: t(enabled ? "regwatch.sources.resumed" : "regwatch.sources.paused", { name: source.name }), failed: false });
  }

  const doneEditing = (message: string | null) => {
    setEditing(false);
    if (message) onMessage(message);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  const classes = ["card", "rw-source"];
  if (source.healthy === false || source.lastStatus === "FAILED") classes.push("is-failed");
  if (source.enabled === false) classes.push("is-paused");

  return (
    <li className={classes.join(" ")} data-testid="regwatch-source" data-id={source.id}>
      <div className="rw-item-head">
        <h3 className="card-title">{source.name}</h3>
        <span className="rw-item-badges">
          <span className="badge rw-badge">{sourceKindLabel(source.kind)}</span>
          {source.systemWide ? <span className="badge rw-badge rw-system">{t("regwatch.sources.systemWide")}</span> : null}
          {source.enabled === false ? <span className="badge rw-badge rw-paused">{t("regwatch.sources.pausedBadge")}</span> : null}
          <SourceHealth source={source} />
        </span>
      </div>
      {editing ? (
        <EditSourceForm source={source} onDone={doneEditing} />
      ) : (
        <>
          <dl className="facts rw-facts">
            {source.url ? (
              <div className="rw-fact-wide">
                <dt>{t("regwatch.sources.url")}</dt>
                <dd className="rw-url">{source.url}</dd>
              </div>
            ) : null}
            {source.selector ? (
              <div>
                <dt>{t("regwatch.sources.selector")}</dt>
                <dd>
                  <code className="rw-query">{source.selector}</code>
                </dd>
              </div>
            ) : null}
            {source.intervalMinutes ? (
              <div>
                <dt>{t("regwatch.sources.interval")}</dt>
                <dd>{t("regwatch.sources.intervalValue", { minutes: source.intervalMinutes })}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("regwatch.sources.lastPolled")}</dt>
              <dd data-testid="regwatch-source-last-polled">{source.lastPolledAt ? formatDateTime(source.lastPolledAt) : t("regwatch.sources.never")}</dd>
            </div>
            <div>
              <dt>{t("regwatch.sources.nextPoll")}</dt>
              <dd>{source.enabled === false ? t("regwatch.sources.notScheduled") : source.nextPollAt ? formatDateTime(source.nextPollAt) : "–"}</dd>
            </div>
          </dl>
          {source.viewerCanManage ? (
            <div className="button-row rw-source-actions">
              <button type="button" className="button button-secondary" disabled={polling} aria-label={polling ? undefined : t("regwatch.sources.pollNamed", { name: source.name })} onClick={() => void pollNow()} data-testid="regwatch-source-poll">
                {polling ? t("regwatch.sources.polling") : t("regwatch.sources.poll")}
              </button>
              <button type="button" className="button button-secondary" disabled={switching} aria-label={t(source.enabled ? "regwatch.sources.pauseNamed" : "regwatch.sources.resumeNamed", { name: source.name })} onClick={() => void toggleEnabled()} data-testid="regwatch-source-toggle">
                {t(source.enabled ? "regwatch.sources.pause" : "regwatch.sources.resume")}
              </button>
              <button ref={editRef} type="button" className="button button-secondary" aria-label={t("regwatch.sources.editNamed", { name: source.name })} onClick={() => setEditing(true)}>
                {t("regwatch.sources.edit")}
              </button>
              <button type="button" className="button button-danger-secondary" aria-label={t("regwatch.sources.removeNamed", { name: source.name })} onClick={() => onRemove(source)}>
                {t("regwatch.sources.remove")}
              </button>
            </div>
          ) : (
            <p className="meta rw-read-only" data-testid="regwatch-source-read-only">
              {t(source.systemWide ? "regwatch.sources.systemWideNote" : "regwatch.sources.readOnly")}
            </p>
          )}
        </>
      )}
      <p className={outcome ? (outcome.failed ? "inline-error rw-outcome" : "success-message rw-outcome") : "visually-hidden"} role="status" data-testid="regwatch-source-outcome">
        {outcome?.text}
      </p>
    </li>
  );
}

/** Källor (admins): what is watched, how each source is doing, "Hämta nu", pause, change, remove, add. */
export function SourcesSection() {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegwatchSourcesQuery });
  const [, remove] = useMutation(DeleteRegwatchSourceMutation);
  const [confirming, setConfirming] = useState<Source | null>(null);
  const [removeError, setRemoveError] = useState<MessageKey | null>(null);
  const [message, setMessage] = useState("");

  async function confirmRemove() {
    const source = confirming;
    setConfirming(null);
    if (!source) return;
    setRemoveError(null);
    const result = await remove({ input: { id: source.id } });
    if (result.error) {
      setRemoveError(errorMessageKey(result.error));
      return;
    }
    refetch({ requestPolicy: "network-only" });
    setMessage(t("regwatch.sources.removed", { name: source.name }));
    headingRef.current?.focus();
  }

  let list;
  if (!data && fetching) list = <Loading label={t("regwatch.sources.loading")} />;
  else if (!data) list = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else if (data.regwatchSources.length === 0) list = <EmptyState messageKey="regwatch.sources.empty" />;
  else
    list = (
      <ul className="card-list rw-source-list" data-testid="regwatch-source-list">
        {data.regwatchSources.map((source) => (
          <SourceItem key={source.id} source={source} onRemove={setConfirming} onMessage={setMessage} />
        ))}
      </ul>
    );

  return (
    <section className="panel settings-panel" aria-labelledby="rw-sources-title" data-testid="regwatch-sources">
      <div className="panel-header">
        <h2 id="rw-sources-title" ref={headingRef} tabIndex={-1}>
          {t("regwatch.sources.title")}
        </h2>
      </div>
      <p className="meta">{t("regwatch.sources.intro")}</p>
      <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="regwatch-sources-status">
        {message}
      </p>
      {removeError ? <ErrorBanner messageKey={removeError} /> : null}
      {list}
      <AddSourceForm
        onAdded={(name) => {
          refetch({ requestPolicy: "network-only" });
          setMessage(t("regwatch.sources.added", { name }));
        }}
      />
      <ConfirmDialog
        open={confirming !== null}
        title={t("regwatch.sources.confirm.title")}
        body={t("regwatch.sources.confirm.body", { name: confirming?.name ?? "" })}
        confirmLabel={t("regwatch.sources.confirm.confirm")}
        cancelLabel={t("regwatch.action.cancel")}
        danger
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
