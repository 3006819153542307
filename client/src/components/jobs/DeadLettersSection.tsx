import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { DiscardDeadLetterMutation, JobsDeadLettersQuery, ReplayDeadLetterMutation } from "../../graphql/jobs";
import { operationErrorMessageKey } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { DeadLetterItem, type DeadLetterTarget } from "./DeadLetterItem";
import { usePagedList, type PageReport } from "../../lib/usePagedList";

const PAGE_SIZE = 20;

interface PageProps {
  after: string | null;
  /** Changes whenever the list must be fetched again (a live event, or our own replay/discard). */
  refresh: number;
  busyId: string | null;
  onReport(after: string | null, report: PageReport): void;
  onReplay(target: DeadLetterTarget): void;
  onDiscard(target: DeadLetterTarget): void;
}

/**
 * One page of open dead letters, as list items. Cursors are offsets, so every page shown is
 * fetched again on a refresh: together they stay one consistent list when letters come and go.
 */
function DeadLettersPage({ after, refresh, busyId, onReport, onReplay, onDiscard }: PageProps) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JobsDeadLettersQuery,
    variables: { first: PAGE_SIZE, after },
  });
  const latest = useRef(reexecute);
  latest.current = reexecute;
  const firstRefresh = useRef(refresh);
  useEffect(() => {
    if (refresh !== firstRefresh.current) latest.current({ requestPolicy: "network-only" });
  }, [refresh]);

  // A letter replayed or discarded here is updated in the cache at once; hide it before the refetch.
  const nodes = data?.deadLetters.nodes.filter((node) => node.status === "DEAD") ?? [];
  useEffect(() => {
    if (!data) return;
    const { pageInfo, totalCount } = data.deadLetters;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: nodes.length, total: totalCount });
  }, [data, after, nodes.length, onReport]);

  if (!data && fetching) {
    return (
      <li>
        <Loading label={t("jobs.dead.loading")} />
      </li>
    );
  }
  if (!data) {
    return (
      <li>
        <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </li>
    );
  }
  if (after === null && nodes.length === 0) {
    return (
      <li data-testid="dead-letters-empty">
        <EmptyState messageKey="jobs.dead.empty" />
      </li>
    );
  }
  return (
    <>
      {nodes.map((node) => (
        <DeadLetterItem key={node.id} deadLetter={node} busy={busyId === node.id} onReplay={onReplay} onDiscard={onDiscard} />
      ))}
    </>
  );
}

type Action = "replay" | "discard";

export interface DeadLettersSectionProps {
  /** Bumped by the page on every live event. */
  refresh: number;
  /** After our own replay or discard: the page refreshes the queue counts too. */
  onChanged(): void;
}

export function DeadLettersSection({ refresh, onChanged }: DeadLettersSectionProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();
  const [localRefresh, setLocalRefresh] = useState(0);
  const [confirming, setConfirming] = useState<{ action: Action; target: DeadLetterTarget } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [success, setSuccess] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);
  const [, replay] = useMutation(ReplayDeadLetterMutation);
  const [, discard] = useMutation(DiscardDeadLetterMutation);


  const onReplay = useCallback((target: DeadLetterTarget) => setConfirming({ action: "replay", target }), []);
  const onDiscard = useCallback((target: DeadLetterTarget) => setConfirming({ action: "discard", target }), []);

  async function confirm() {
    const current = confirming;
    setConfirming(null);
    if (!current) return;
    const { action, target } = current;
    setSuccess("");
    setErrorKey(null);
    setBusyId(target.id);
    const input = { input: { id: target.id } };
    const result = action === "replay" ? await replay(input) : await discard(input);
    setBusyId(null);
    // The button that opened the dialog is gone (or going): keep focus in the section.
    heading.current?.focus();
    if (result.error) {
      setErrorKey(operationErrorMessageKey(action === "replay" ? "replayDeadLetter" : "discardDeadLetter", result.error));
    } else {
      setSuccess(t(action === "replay" ? "jobs.dead.replayed" : "jobs.dead.discarded", { name: target.jobName }));
    }
    setLocalRefresh((n) => n + 1);
    onChanged();
  }

  const dialogName = confirming?.target.jobName ?? "";

  return (
    <section className="panel" aria-labelledby="dead-letters-title" data-testid="dead-letters">
      <div className="panel-header">
        <h2 id="dead-letters-title" ref={heading} tabIndex={-1}>
          {t("jobs.dead.title")}
        </h2>
        {total !== undefined && total > 0 ? (
          <p className="panel-count" data-testid="dead-letters-count">
            {t("jobs.dead.showingOf", { shown, total })}
          </p>
        ) : null}
      </div>
      <p className="meta">{t("jobs.dead.intro")}</p>
      {/* Always rendered, so that the message is announced when it appears. */}
      <p className={success ? "success-message" : "visually-hidden"} role="status" data-testid="dead-letters-status">
        {success}
      </p>
      {errorKey ? <ErrorBanner messageKey={errorKey} /> : null}
      <ul className="card-list dead-letter-list">
        {cursors.map((cursor) => (
          <DeadLettersPage
            key={cursor ?? ""}
            after={cursor}
            refresh={refresh + localRefresh}
            busyId={busyId}
            onReport={onReport}
            onReplay={onReplay}
            onDiscard={onDiscard}
          />
        ))}
      </ul>
      {nextCursor ? (
        <div className="show-more">
          <button
            type="button"
            className="button button-secondary"
            onClick={more}
          >
            {t("jobs.dead.showMore")}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title={t(confirming?.action === "discard" ? "jobs.dead.confirmDiscard.title" : "jobs.dead.confirmReplay.title")}
        body={
          confirming?.action === "discard"
            ? t("jobs.dead.confirmDiscard.body", { name: dialogName })
            : t("jobs.dead.confirmReplay.body", { name: dialogName, code: confirming?.target.errorCode ?? "" })
        }
        confirmLabel={t(confirming?.action === "discard" ? "jobs.dead.confirmDiscard.confirm" : "jobs.dead.confirmReplay.confirm")}
        cancelLabel={t("jobs.dead.cancel")}
        danger={confirming?.action === "discard"}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
