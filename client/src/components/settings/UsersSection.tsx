import { useEffect } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { useI18n } from "../../i18n";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { usePagedList, type PageReport } from "../../lib/usePagedList";
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
  useEffect(() => {
    if (!data) return;
    const { pageInfo, nodes, totalCount } = data.users;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: nodes.length, total: totalCount });
  }, [data, after, onReport]);

  if (!data && fetching) {
    return (
      <li>
        <Loading label={t("settings.users.loading")} />
      </li>
    );
  }
  if (!data) {
    return (
      <li>
        <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      </li>
    );
  }
  if (after === null && data.users.nodes.length === 0) {
    return (
      <li>
        <EmptyState messageKey="settings.users.empty" />
      </li>
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
