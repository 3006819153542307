import { NavLink, Link, useLocation } from "react-router";
import { useQuery } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useAuth } from "../auth/AuthContext";
import { useI18n } from "../i18n";
import { NotificationsButton } from "./nudges/NotificationsButton";

export const AppHeaderViewerFragment = graphql(`
  fragment AppHeader_Viewer on Viewer {
    role
    user {
      id
      name
      role
    }
    organization {
      id
      name
    }
  }
`);

const AppShellQuery = graphql(`
  query AppShell {
    viewer {
      # Not read here: primes the cache for the owner picker of nudges (NudgeViewer).
      canAdmin
      ...AppHeader_Viewer
    }
  }
`);

function Brand() {
  const { t } = useI18n();
  return (
    <Link to="/" className="brand">
      <span className="brand-mark" aria-hidden="true">✉</span>
      <span>{t("app.name")}</span>
    </Link>
  );
}

function Nav({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t("nav.main")} className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t("nav.dashboard")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/upphandling">{t("nav.procurement")}</NavLink>
        </li>
        <li>
          <NavLink to="/intressenter">{t("nav.stakeholders")}</NavLink>
        </li>
        <li>
          <NavLink to="/omvarldsbevakning">{t("regwatch.nav.link")}</NavLink>
        </li>
        <li>
          <NavLink to="/explorer">{t("nav.explorer")}</NavLink>
        </li>
        {signedIn ? (
          <li>
            <NavLink to="/installningar">{t("nav.settings")}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function ViewerInfo(props: { viewer: FragmentType<typeof AppHeaderViewerFragment> }) {
  const viewer = getFragmentData(AppHeaderViewerFragment, props.viewer);
  const { t } = useI18n();
  return (
    <div className="viewer-info" data-testid="viewer-info">
      <span className="org-name">{viewer.organization.name}</span>
      <span className="user-name">{viewer.user.name}</span>
      <span className="badge badge-role">
        <span className="visually-hidden">{t("header.role", { role: "" })}</span>
        {t(`role.${viewer.role}`)}
      </span>
    </div>
  );
}

export function AppHeader() {
  const { t } = useI18n();
  const { token, signOut } = useAuth();
  const { pathname } = useLocation();
  const [{ data }] = useQuery({ query: AppShellQuery, pause: !token });

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Brand />
        {/* Everyone has settings of their own (notifications); the admin parts check canAdmin. */}
        <Nav signedIn={!!token && !!data} />
        {token ? <NotificationsButton /> : null}
        <div className="header-end">
          {token ? (
            <>
              {data ? <ViewerInfo viewer={data.viewer} /> : null}
              <button type="button" className="button button-secondary" onClick={() => signOut("user")}>
                {t("nav.signOut")}
              </button>
            </>
          ) : pathname !== "/logga-in" ? (
            <Link to="/logga-in" className="button button-secondary">
              {t("signIn.title")}
            </Link>
          ) : null}
        </div>
      </div>
    </header>
  );
}
