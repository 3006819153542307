import { NavLink, Outlet, useMatch } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { ErrorBanner, Loading } from "../components/Status";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const SettingsViewerQuery = graphql(`
  query SettingsViewer {
    viewer {
      canAdmin
      canEdit
      user {
        id
      }
    }
  }
`);

/** What the settings pages get from the layout (read with useOutletContext). */
export interface SettingsOutletContext {
  viewerUserId: string;
  /** Whether the admin-only parts (rules, briefs, calendar feeds, users, tokens) are shown and queried. */
  canAdmin: boolean;
  /** Whether the editor's parts (calendar import) are shown. */
  canEdit: boolean;
}

/**
 * /installningar and its sub-pages (jobb, logg): the heading, the links between the parts, and the one answer
 * for parts a user may not see. /installningar itself is everyone's (their own notification
 * choices; the organisation's parts for admins only); the sub-pages are for admins, and render
 * only for them, so their admin-only queries never run for a viewer or an editor.
 */
export function SettingsLayout() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SettingsViewerQuery });
  const onIndex = useMatch("/installningar") !== null;
  const mayView = !!data && (data.viewer.canAdmin || onIndex);
  // A page that renders sets its own title (child effects run first, so the layout must not overwrite it).
  useDocumentTitle(mayView ? null : t("settings.title"));

  let body;
  if (!data && fetching) {
    body = <Loading label={t("settings.loading")} />;
  } else if (!data) {
    body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  } else if (!mayView) {
    body = (
      <section className="notice settings-no-access" data-testid="settings-no-access" aria-labelledby="settings-no-access-title">
        <h2 id="settings-no-access-title">{t("settings.noAccess.title")}</h2>
        <p>{t("settings.noAccess.body")}</p>
      </section>
    );
  } else {
    body = <Outlet context={{ viewerUserId: data.viewer.user.id, canAdmin: data.viewer.canAdmin, canEdit: data.viewer.canEdit } satisfies SettingsOutletContext} />;
  }

  return (
    <div className="settings-page">
      <div className="page-heading">
        <h1>{t("settings.title")}</h1>
      </div>
      {data?.viewer.canAdmin ? (
        <>
          <p className="lead">{t("settings.intro")}</p>
          <nav className="sub-nav" aria-label={t("settings.nav.label")}>
            <ul>
              <li>
                <NavLink to="/installningar" end>
                  {t("settings.nav.general")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/installningar/jobb">{t("settings.nav.jobs")}</NavLink>
              </li>
              <li>
                <NavLink to="/installningar/logg">{t("settings.nav.auditLog")}</NavLink>
              </li>
            </ul>
          </nav>
        </>
      ) : data && onIndex ? (
        <p className="lead">{t(data.viewer.canEdit ? "settings.introEditor" : "settings.introPersonal")}</p>
      ) : null}
      {body}
    </div>
  );
}
