import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { AuditAction } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { usePagedList, useReportPage, type PageReport } from "../../lib/usePagedList";
import { PageStatusItem } from "../Status";
import { AuditLogFilter, parseAuditKinds } from "./AuditLogFilter";
import { AuditLogItem } from "./AuditLogItem";

const PAGE_SIZE = 25;

const AuditLogPageQuery = graphql(`
  query AuditLogPage($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...AuditLogItem_AuditEvent
      }
    }
  }
`);

function AuditPage(props: { after: string | null; kinds: AuditAction[]; onReport(after: string | null, report: PageReport): void }) {
  const { t } = useI18n();
  const { after, kinds, onReport } = props;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AuditLogPageQuery,
    variables: { first: PAGE_SIZE, after, filter: kinds.length ? { actions: kinds } : null },
    // The trail grows while nobody looks: show what is there now.
    requestPolicy: "cache-and-network",
  });
  useReportPage(after, data?.auditEvents, onReport);
  if (!data || (after === null && data.auditEvents.nodes.length === 0)) {
    return (
      <PageStatusItem
        loading={!data && fetching}
        failed={!data}
        error={error}
        empty={true}
        loadingLabel={t("auditLog.loading")}
        emptyKey={kinds.length ? "auditLog.emptyFiltered" : "auditLog.empty"}
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      />
    );
  }
  return (
    <>
      {data.auditEvents.nodes.map((event) => (
        <AuditLogItem key={event.id} event={event} />
      ))}
    </>
  );
}

/** The pages of one filter, stacked with "Visa fler". Remounted (key) when the filter changes. */
function AuditList({ kinds }: { kinds: AuditAction[] }) {
  const { t, tn } = useI18n();
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();
  return (
    <>
      {total !== undefined ? (
        <p className="meta" data-testid="audit-log-count">
          {tn("auditLog.count", total)}
        </p>
      ) : null}
      <ol className="plain-list" aria-label={t("auditLog.caption")} data-testid="audit-log">
        {cursors.map((cursor) => (
          <AuditPage key={cursor ?? ""} after={cursor} kinds={kinds} onReport={onReport} />
        ))}
      </ol>
      {nextCursor ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={more}>
            {t("auditLog.showMore")}
          </button>
          {total !== undefined ? <span className="meta">{t("auditLog.showingOf", { shown, total })}</span> : null}
        </div>
      ) : null}
    </>
  );
}

/**
 * /installningar/logg (admins; the settings layout checks): the organisation's audit trail, newest
 * first, filtered by kind. The filter lives in the address (`?typ=`), so a link shows the same list.
 */
export function AuditLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t("auditLog.title"));
  const [params, setParams] = useSearchParams();
  const kinds = parseAuditKinds(params.get("typ"));

  function change(next: AuditAction[]) {
    setParams(next.length ? { typ: next.join(",") } : {}, { replace: true });
  }

  return (
    <section className="panel settings-panel" aria-labelledby="audit-log-title" data-testid="audit-log-page">
      <div className="panel-header">
        <h2 id="audit-log-title">{t("auditLog.title")}</h2>
      </div>
      <p className="meta">{t("auditLog.intro")}</p>
      <AuditLogFilter kinds={kinds} onChange={change} />
      <AuditList key={kinds.join(",")} kinds={kinds} />
    </section>
  );
}
