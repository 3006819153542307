import { useEffect, useRef, useState } from "react";
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

/** The menu's links; settings and the explorer sit in the account menu on wide screens. */
function Nav({ signedIn, onNavigate }: { signedIn: boolean; onNavigate(): void }) {
  const { t } = useI18n();
  const links: { to: string; label: string; end?: boolean; extra?: boolean }[] = [
    { to: "/", label: t("nav.dashboard"), end: true },
    ...(signedIn
      ? [
          { to: "/moten", label: t("nav.meetings") },
          { to: "/mina-atgarder", label: t("nav.myItems") },
        ]
      : []),
    { to: "/upphandling", label: t("nav.procurement") },
    { to: "/intressenter", label: t("nav.stakeholders") },
    { to: "/omvarldsbevakning", label: t("regwatch.nav.link") },
    { to: "/explorer", label: t("nav.explorer"), extra: signedIn },
    ...(signedIn ? [{ to: "/installningar", label: t("nav.settings"), extra: true }] : []),
  ];
  return (
    <nav aria-label={t("nav.main")} className="main-nav" id="main-nav">
      <ul>
        {links.map((link) => (
          // "extra" links are in the account menu on wide screens and in this list on narrow ones.
          <li key={link.to} className={link.extra ? "nav-extra" : undefined}>
            <NavLink to={link.to} end={link.end} onClick={onNavigate}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Who is signed in, where, and the account's links: a disclosure that closes on Escape or outside. */
function AccountMenu(props: { viewer: FragmentType<typeof AppHeaderViewerFragment>; onSignOut(): void }) {
  const viewer = getFragmentData(AppHeaderViewerFragment, props.viewer);
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  return (
    <div className="account-menu" ref={root} data-testid="viewer-info">
      <button
        type="button"
        ref={button}
        className="account-button"
        aria-expanded={open}
        aria-controls="account-panel"
        onClick={() => setOpen((v) => !v)}
      >
        <span className="user-name">{viewer.user.name}</span>
        <span className="account-caret" aria-hidden="true">▾</span>
      </button>
      <div className="account-panel" id="account-panel" hidden={!open}>
        <p className="account-role">
          <span className="badge badge-role">
            <span className="visually-hidden">{t("header.role", { role: "" })}</span>
            {t(`role.${viewer.role}`)}
          </span>
        </p>
        <p className="org-name">{viewer.organization.name}</p>
        <ul>
          <li>
            <Link to="/installningar">{t("nav.settings")}</Link>
          </li>
          <li>
            <Link to="/explorer">{t("nav.explorer")}</Link>
          </li>
        </ul>
        <button type="button" className="button button-secondary" onClick={props.onSignOut}>
          {t("nav.signOut")}
        </button>
      </div>
    </div>
  );
}

export function AppHeader() {
  const { t } = useI18n();
  const { token, signOut } = useAuth();
  const { pathname } = useLocation();
  const [{ data }] = useQuery({ query: AppShellQuery, pause: !token });
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header className="app-header" data-menu-open={menuOpen ? "true" : "false"}>
      <div className="app-header-inner">
        <Brand />
        {/* Everyone has settings of their own (notifications); the admin parts check canAdmin. */}
        <Nav signedIn={!!token && !!data} onNavigate={() => setMenuOpen(false)} />
        {token ? <NotificationsButton /> : null}
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((v) => !v)}
          data-testid="menu-button"
        >
          <span aria-hidden="true">☰</span> {t("nav.menu")}
        </button>
        <div className="header-end">
          {token ? (
            data ? (
              <AccountMenu viewer={data.viewer} onSignOut={() => signOut("user")} />
            ) : (
              <button type="button" className="button button-secondary" onClick={() => signOut("user")}>
                {t("nav.signOut")}
              </button>
            )
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
