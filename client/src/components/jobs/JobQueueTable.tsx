import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n, type MessageKey } from "../../i18n";

export const JobQueueRowFragment = graphql(`
  fragment JobQueueRow_JobQueueState on JobQueueState {
    jobName
    description
    schedule
    queued
    running
    failed
    dead
    succeeded24h
  }
`);

type CountField = "queued" | "running" | "failed" | "dead" | "succeeded24h";
const COUNT_COLUMNS: readonly { field: CountField; label: MessageKey }[] = [
  { field: "queued", label: "jobs.queues.queued" },
  { field: "running", label: "jobs.queues.running" },
  { field: "failed", label: "jobs.queues.failed" },
  { field: "dead", label: "jobs.queues.dead" },
  { field: "succeeded24h", label: "jobs.queues.succeeded24h" },
];
/** Counts that need an admin's eye when above zero. */
const ALERTS: Partial<Record<CountField, string>> = { failed: "is-failed", dead: "is-dead" };

function JobQueueRow(props: { queue: FragmentType<typeof JobQueueRowFragment> }) {
  const { t } = useI18n();
  const queue = getFragmentData(JobQueueRowFragment, props.queue);
  const rowClass = ["job-row", queue.failed > 0 ? "has-failed" : "", queue.dead > 0 ? "has-dead" : ""].filter(Boolean).join(" ");
  return (
    <tr className={rowClass} data-testid="job-queue" data-job={queue.jobName}>
      <th scope="row" className="job-name-cell">
        <code className="job-name">{queue.jobName}</code>
        <span className="meta job-description" lang="en">
          {queue.description}
        </span>
      </th>
      <td className="job-schedule">
        <span className="cell-label">{t("jobs.queues.schedule")}</span>
        {queue.schedule ? <code>{queue.schedule}</code> : <span className="meta">{t("jobs.queues.onDemand")}</span>}
      </td>
      {COUNT_COLUMNS.map(({ field, label }) => {
        const value = queue[field];
        const alert = value > 0 ? ALERTS[field] : undefined;
        return (
          <td key={field} className="num" data-testid={`job-count-${field}`}>
            <span className="cell-label">{t(label)}</span>
            <span className={alert ? `job-count ${alert}` : "job-count"}>{value}</span>
          </td>
        );
      })}
    </tr>
  );
}

/** Every registered job with its counts; rows become cards on narrow screens (see styles.css). */
export function JobQueueTable(props: { queues: (FragmentType<typeof JobQueueRowFragment> & { jobName: string })[]; labelledBy: string }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table job-table" aria-labelledby={props.labelledBy} data-testid="job-queue-table">
        <thead>
          <tr>
            <th scope="col">{t("jobs.queues.job")}</th>
            <th scope="col">{t("jobs.queues.schedule")}</th>
            {COUNT_COLUMNS.map(({ field, label }) => (
              <th key={field} scope="col" className="num">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.queues.map((queue) => (
            <JobQueueRow key={queue.jobName} queue={queue} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
