import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { getFragmentData, graphql } from "../../gql";
import { hasErrorCode } from "../../graphql/errors";
import { RegwatchAlertQuery } from "../../graphql/regwatch";
import { useI18n } from "../../i18n";
import { useDebouncedCallback } from "../../lib/useDebouncedCallback";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { ErrorBanner, Loading } from "../Status";
import { AlertActions } from "./AlertActions";
import { AlertDates, AlertTriageState, MatchReasons } from "./AlertFacts";
import { AlertStateBadge, ChangeTypeBadge, SeverityBadge } from "./RegwatchBadges";
import { formatIdentifier, changeTypeLabel } from "./regwatchText";
import { SectionDiff } from "./SectionDiff";
import { useRegwatchLive } from "./useRegwatchLive";

export const RegwatchAlertDetailFragment = graphql(`
  fragment RegwatchAlertDetail_RegwatchAlert on RegwatchAlert {
    id
    title
    identifier
    link
    changeType
    publishedOn
    inForceOn
    diffSummary
    severity
    state
    createdAt
    viewerCanTriage
    source {
      id
      name
    }
    matchedMeetings {
      id
      title
      startsAt
    }
    assignedTo {
      id
      name
    }
    actionItem {
      id
      title
    }
    item {
      id
      identifier
      identifierKind
      title
      url
      versions(first: 5) {
        id
        seq
        fetchedAt
        changeType
      }
    }
    version {
      id
      seq
      ...RegwatchVersionDiff_RegwatchVersion
    }
    ...RegwatchMatchReasons_RegwatchAlert
    ...RegwatchAlertTriageState_RegwatchAlert
  }
`);

/** How long a success message stays (it is announced at once through role="status"). */
const MESSAGE_MS = 10_000;

function NotFound() {
  const { t } = useI18n();
  return (
    <section className="notice rw-not-found" data-testid="regwatch-not-found" aria-labelledby="rw-not-found-title">
      <h2 id="rw-not-found-title">{t("regwatch.detail.notFound")}</h2>
      <p>{t("regwatch.detail.notFoundBody")}</p>
      <p>
        <Link to="/omvarldsbevakning">{t("regwatch.detail.back")}</Link>
      </p>
    </section>
  );
}

/** /omvarldsbevakning/:id — one alert: what changed (the section diff), the source, why it matched, and the triage. */
export function AlertDetail() {
  const { id = "" } = useParams();
  const { t, formatDateTime } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RegwatchAlertQuery, variables: { id } });
  const refetch = useDebouncedCallback(() => reexecute({ requestPolicy: "network-only" }), 150);
  // Someone else may triage it meanwhile.
  const onEvent = useCallback((event: { id: string }) => (event.id === id ? refetch() : undefined), [id, refetch]);
  useRegwatchLive(null, onEvent, refetch);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onDone = useCallback((text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(""), MESSAGE_MS);
    headingRef.current?.focus();
  }, []);

  const node = data?.node;
  const alert = node && node.__typename === "RegwatchAlert" ? getFragmentData(RegwatchAlertDetailFragment, node) : null;
  useDocumentTitle(alert?.title ?? t("regwatch.detail.title"));

  if (!data && fetching) return <Loading label={t("regwatch.detail.loading")} />;
  if (hasErrorCode(error, "NOT_FOUND") || (data && !alert)) return <NotFound />;
  if (!alert) return <ErrorBanner error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;

  // Only a web address becomes a link (a feed could carry anything).
  const source = [alert.link, alert.item?.url].find((url): url is string => !!url && /^https?:\/\//i.test(url)) ?? null;
  const versions = alert.item?.versions ?? [];

  return (
    <article className="rw-detail" aria-labelledby="rw-detail-title" data-testid="regwatch-detail" data-id={alert.id} data-state={alert.state}>
      <p className="back-link">
        <Link to="/omvarldsbevakning">
          <span aria-hidden="true">← </span>
          {t("regwatch.detail.back")}
        </Link>
      </p>
      <header className="rw-detail-header">
        <p className="rw-badges">
          <SeverityBadge severity={alert.severity} />
          <ChangeTypeBadge changeType={alert.changeType} />
          <AlertStateBadge state={alert.state} />
        </p>
        <h1 id="rw-detail-title" className="rw-detail-title">
          {alert.title}
        </h1>
        <p className="meta rw-alert-meta">
          <span className="rw-identifier" data-testid="regwatch-identifier">
            {formatIdentifier(alert.identifier, alert.item?.identifierKind)}
          </span>
          <AlertDates publishedOn={alert.publishedOn} inForceOn={alert.inForceOn} />
          {alert.source ? <span>{t("regwatch.detail.source", { name: alert.source.name })}</span> : null}
        </p>
        {alert.diffSummary ? <p className="rw-summary">{alert.diffSummary}</p> : null}
        {source ? (
          <p className="rw-source-link">
            <a className="button button-large" href={source} target="_blank" rel="noopener noreferrer" data-testid="regwatch-source-link">
              {t("regwatch.detail.readSource")}
              <span className="visually-hidden"> {t("regwatch.detail.newTab")}</span>
              <span aria-hidden="true"> ↗</span>
            </a>
            <span className="field-hint">{t("regwatch.detail.sourceHint")}</span>
          </p>
        ) : (
          <p className="meta">{t("regwatch.detail.noSource")}</p>
        )}
      </header>

      <div className="rw-detail-grid">
        <section className="panel rw-triage-panel" aria-labelledby="rw-triage-title" data-testid="regwatch-triage">
          <h2 id="rw-triage-title" ref={headingRef} tabIndex={-1}>
            {t("regwatch.detail.triageTitle")}
          </h2>
          <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="regwatch-status">
            {message}
          </p>
          {alert.state === "NEW" ? <p className="meta">{t("regwatch.triage.new")}</p> : <AlertTriageState alert={alert} />}
          {alert.viewerCanTriage ? (
            <AlertActions
              alert={{ id: alert.id, title: alert.title, state: alert.state, meetings: alert.matchedMeetings, actionItem: alert.actionItem ?? null, assignedToId: alert.assignedTo?.id ?? null }}
              onDone={onDone}
            />
          ) : (
            <p className="meta">{t("regwatch.triage.readOnly")}</p>
          )}
        </section>

        <section className="panel rw-detail-diff" aria-labelledby="rw-diff-title">
          <h2 id="rw-diff-title">{t("regwatch.detail.diffTitle")}</h2>
          {alert.version ? <SectionDiff version={alert.version} /> : <p className="meta">{t("regwatch.detail.noVersion")}</p>}
        </section>

        <section className="panel rw-detail-why" aria-labelledby="rw-why-title">
          <h2 id="rw-why-title">{t("regwatch.why.title")}</h2>
          <MatchReasons alert={alert} empty={t("regwatch.why.none")} />
        </section>

        {versions.length ? (
          <section className="panel rw-detail-versions" aria-labelledby="rw-versions-title" data-testid="regwatch-versions">
            <h2 id="rw-versions-title">{t("regwatch.detail.versions")}</h2>
            <ol className="plain-list rw-versions">
              {versions.map((version) => (
                <li key={version.id} className={version.id === alert.version?.id ? "is-current" : undefined} aria-current={version.id === alert.version?.id ? "true" : undefined}>
                  <span className="rw-version-seq">{t("regwatch.detail.version", { seq: version.seq })}</span>
                  <span className="rw-muted"> · {changeTypeLabel(version.changeType)}</span>
                  <span className="rw-muted"> · {t("regwatch.detail.fetched", { date: formatDateTime(version.fetchedAt) })}</span>
                  {version.id === alert.version?.id ? <span className="badge rw-badge rw-this-version">{t("regwatch.detail.thisVersion")}</span> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </article>
  );
}
