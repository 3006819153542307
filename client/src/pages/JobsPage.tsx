import { useCallback, useEffect, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { DeadLettersSection } from "../components/jobs/DeadLettersSection";
import { JobQueueTable } from "../components/jobs/JobQueueTable";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { JobQueuesChangedSubscription, JobsPageQuery } from "../graphql/jobs";
import { useI18n } from "../i18n";
import { useDebouncedCallback } from "../lib/useDebouncedCallback";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useOnReconnect } from "../lib/useOnReconnect";

/**
 * /installningar/jobb (admins; the settings layout checks): background-job queues and dead
 * letters, live. No polling: every `jobQueuesChanged` event fetches the queues and the list again.
 */
export function JobsPage() {
  const { t, formatTime } = useI18n();
  useDocumentTitle(t("jobs.documentTitle"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JobsPageQuery });
  const [deadLettersRefresh, setDeadLettersRefresh] = useState(0);

  const refetchQueues = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  // The server sends at most four events a second, one per scope (organisation, system): coalesce.
  const refetchAll = useDebouncedCallback(() => {
    refetchQueues();
    setDeadLettersRefresh((n) => n + 1);
  }, 150);
  useOnReconnect(refetchAll);

  const [live] = useSubscription({ query: JobQueuesChangedSubscription });
  const changedAt = live.data?.jobQueuesChanged.at;
  useEffect(() => {
    if (changedAt) refetchAll();
  }, [changedAt, refetchAll]);

  let queues;
  if (!data && fetching) queues = <Loading label={t("jobs.queues.loading")} />;
  else if (!data) queues = <ErrorBanner error={error} onRetry={refetchQueues} />;
  else if (data.jobQueues.length === 0) queues = <EmptyState messageKey="jobs.queues.empty" />;
  else
    queues = (
      <>
        {error ? <ErrorBanner error={error} onRetry={refetchQueues} /> : null}
        <JobQueueTable queues={data.jobQueues} labelledBy="job-queues-title" />
        <p className="result-footnote">{t("jobs.queues.footnote")}</p>
      </>
    );

  return (
    <div className="jobs-page">
      <p className="meta jobs-intro">{t("jobs.intro")}</p>
      <div className="jobs-sections">
        <section className="panel" aria-labelledby="job-queues-title" data-testid="job-queues">
          <div className="panel-header">
            <h2 id="job-queues-title">{t("jobs.queues.title")}</h2>
            {live.error ? (
              <p className="live-pill is-off" data-testid="jobs-live">
                <span className="live-dot" aria-hidden="true" />
                {t("jobs.liveOff")}
              </p>
            ) : (
              <p className="live-pill" data-testid="jobs-live">
                <span className="live-dot" aria-hidden="true" />
                <span>
                  {t("jobs.live")}
                  {changedAt ? <span className="live-changed"> · {t("jobs.liveChanged", { time: formatTime(changedAt) })}</span> : null}
                </span>
              </p>
            )}
          </div>
          {queues}
        </section>
        <DeadLettersSection refresh={deadLettersRefresh} onChanged={refetchQueues} />
      </div>
    </div>
  );
}
