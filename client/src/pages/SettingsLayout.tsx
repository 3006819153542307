import { NavLink, Outlet } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { ErrorBanner, Loading } from "../components/Status";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const SettingsViewerQuery = graphql(`
  query SettingsViewer {
    viewer {
      canAdmin
      user {
        id
      }
    }
  }
`);

/** What the settings pages get from the layout (read with useOutletContext). */
export interface SettingsOutletContext {
  viewerUserId: string;
}

/**
 * /installningar and its sub-pages (admins only): the heading, the links between the parts, and
 * the one answer for everyone else. The pages below render only for admins, so their admin-only
 * queries never run for a viewer or an editor.
 */
export function SettingsLayout() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SettingsViewerQuery });
  // An admin's page sets its own title (child effects run first, so the layout must not overwrite it).
  useDocumentTitle(data?.viewer.canAdmin ? null : t("settings.title"));

  let body;
  if (!data && fetching) {
    body = <Loading label={t("settings.loading")} />;
  } else if (!data) {
    body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  } else if (!data.viewer.canAdmin) {
    body = (
      <section className="notice settings-no-access" data-testid="settings-no-access" aria-labelledby="settings-no-access-title">
        <h2 id="settings-no-access-title">{t("settings.noAccess.title")}</h2>
        <p>{t("settings.noAccess.body")}</p>
      </section>
    );
  } else {
    body = <Outlet context={{ viewerUserId: data.viewer.user.id } satisfies SettingsOutletContext} />;
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
            </ul>
          </nav>
        </>
      ) : null}
      {body}
    </div>
  );
}
