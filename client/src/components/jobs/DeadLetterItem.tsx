import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";

export const DeadLetterItemFragment = graphql(`
  fragment DeadLetterItem_DeadLetter on DeadLetter {
    id
    jobName
    jobKey
    errorCode
    errorMessage
    attempts
    firstFailedAt
    lastFailedAt
    status
    system
    viewerCanResolve
  }
`);

/** What the list needs to confirm and report an action on one dead letter. */
export interface DeadLetterTarget {
  id: string;
  jobName: string;
  errorCode: string;
}

export interface DeadLetterItemProps {
  deadLetter: FragmentType<typeof DeadLetterItemFragment>;
  /** While a replay or discard of this letter is under way. */
  busy: boolean;
  onReplay(target: DeadLetterTarget): void;
  onDiscard(target: DeadLetterTarget): void;
}

export function DeadLetterItem(props: DeadLetterItemProps) {
  const { t, formatDateTime } = useI18n();
  const letter = getFragmentData(DeadLetterItemFragment, props.deadLetter);
  const titleId = `dead-letter-${letter.id}-title`;
  const target: DeadLetterTarget = { id: letter.id, jobName: letter.jobName, errorCode: letter.errorCode };
  const names = { name: letter.jobName, date: formatDateTime(letter.lastFailedAt) };

  return (
    <li className="card dead-letter" data-testid="dead-letter" data-id={letter.id} aria-labelledby={titleId}>
      <div className="dead-letter-head">
        <h3 className="card-title" id={titleId}>
          <code className="job-name">{letter.jobName}</code>
        </h3>
        <span className="badge badge-error-code">
          <span className="visually-hidden">{t("jobs.dead.errorCode")}: </span>
          {letter.errorCode}
        </span>
        {letter.system ? <span className="badge badge-system">{t("jobs.dead.system")}</span> : null}
      </div>
      <p className="dead-letter-message">
        <span className="visually-hidden">{t("jobs.dead.errorMessage")}: </span>
        <span lang="en">{letter.errorMessage}</span>
      </p>
      <dl className="facts dead-letter-facts">
        <div>
          <dt>{t("jobs.dead.attempts")}</dt>
          <dd>{letter.attempts}</dd>
        </div>
        <div>
          <dt>{t("jobs.dead.firstFailedAt")}</dt>
          <dd>
            <time dateTime={letter.firstFailedAt}>{formatDateTime(letter.firstFailedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("jobs.dead.lastFailedAt")}</dt>
          <dd>
            <time dateTime={letter.lastFailedAt}>{formatDateTime(letter.lastFailedAt)}</time>
          </dd>
        </div>
        <div className="dead-letter-key">
          <dt>{t("jobs.dead.key")}</dt>
          <dd>
            <code>{letter.jobKey}</code>
          </dd>
        </div>
      </dl>
      {letter.viewerCanResolve ? (
        <div className="button-row dead-letter-actions">
          <button
            type="button"
            className="button"
            disabled={props.busy}
            aria-label={t("jobs.dead.replayNamed", names)}
            onClick={() => props.onReplay(target)}
          >
            {t("jobs.dead.replay")}
          </button>
          <button
            type="button"
            className="button button-danger-secondary"
            disabled={props.busy}
            aria-label={t("jobs.dead.discardNamed", names)}
            onClick={() => props.onDiscard(target)}
          >
            {t("jobs.dead.discard")}
          </button>
          {props.busy ? <span className="meta">{t("jobs.dead.working")}</span> : null}
        </div>
      ) : letter.system ? (
        <p className="notice notice-info dead-letter-system" data-testid="dead-letter-system-note">
          {t("jobs.dead.systemNote")}
          <code className="command">
            {/* Breaks only between words: "-s" or "--" must not be split across lines. */}
            {t("jobs.dead.systemCommand", { name: letter.jobName })
              .split(" ")
              .map((word, index) => (
                <span key={index}>
                  {index > 0 ? " " : ""}
                  <span className="command-word">{word}</span>
                </span>
              ))}
          </code>
        </p>
      ) : null}
    </li>
  );
}
