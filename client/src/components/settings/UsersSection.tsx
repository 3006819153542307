import { useQuery } from "urql";
import { graphql } from "../../gql";
import { useI18n } from "../../i18n";
import { PageStatusItem } from "../Status";
import { usePagedList, useReportPage, type PageReport } from "../../lib/usePagedList";
import { AddUserForm } from "./users/AddUserForm";
import { UserRow } from "./users/UserRow";

const PAGE_SIZE = 50;

const SettingsUsersQuery = graphql(`
  query SettingsUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...UserRow_User
      }
    }
  }
`);

/** One page of users, as list items; tells the section where it ends. */
function UsersPage(props: {
  after: string | null;
  viewerUserId: string;
  onReport(after: string | null, report: PageReport): void;
}) {
  const { t } = useI18n();
  const { after, onReport } = props;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SettingsUsersQuery,
    variables: { first: PAGE_SIZE, after },
  });
  useReportPage(after, data?.users, onReport);
  if (!data || (after === null && data.users.nodes.length === 0)) {
    return (
      <PageStatusItem
        loading={!data && fetching}
        failed={!data}
        error={error}
        empty={true}
        loadingLabel={t("settings.users.loading")}
        emptyKey="settings.users.empty"
        onRetry={() => refetch({ requestPolicy: "network-only" })}
      />
    );
  }
  return (
    <>
      {data.users.nodes.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === props.viewerUserId} />
      ))}
    </>
  );
}

/** Settings → users (admins): every user with role and status, page by page, and a form to add one. */
export function UsersSection({ viewerUserId }: { viewerUserId: string }) {
  const { t } = useI18n();
  const { cursors, onReport, shown, total, nextCursor, more } = usePagedList();

  return (
    <section className="panel settings-panel" aria-labelledby="settings-users-title" data-testid="settings-users">
      <div className="panel-header">
        <h2 id="settings-users-title">{t("settings.users.title")}</h2>
        {total !== undefined ? <span className="panel-count">{t("settings.users.count", { count: total })}</span> : null}
      </div>
      <ul className="plain-list settings-user-list">
        {cursors.map((cursor) => (
          <UsersPage key={cursor ?? ""} after={cursor} viewerUserId={viewerUserId} onReport={onReport} />
        ))}
      </ul>
      {nextCursor ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={more}>
            {t("settings.users.showMore")}
          </button>
          {total !== undefined ? <span className="meta">{t("settings.users.showingOf", { shown, total })}</span> : null}
        </div>
      ) : null}
      <AddUserForm />
    </section>
  );
}
