import { useEffect, useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useAuth } from "../auth/AuthContext";
import { fetchDevUsers, type DevRole, type DevUser } from "../auth/devAuth";
import { ErrorBanner, Loading, EmptyState } from "../components/Status";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const ROLE_ORDER: DevRole[] = ["ADMIN", "EDITOR", "VIEWER"];

/** The demo organisation the README walks through (server/src/modules/demo/demo-data.ts): listed first. */
const DEMO_ORGANIZATION = "Sundsviks kommun";

type UsersState =
  | { kind: "loading" }
  | { kind: "error" }
  | { kind: "loaded"; users: DevUser[] };

function redirectTarget(state: unknown): string {
  if (state && typeof state === "object" && "from" in state) {
    const from = (state as { from?: unknown }).from;
    if (typeof from === "string" && from.startsWith("/") && !from.startsWith("//") && from !== "/logga-in") {
      return from;
    }
  }
  return "/";
}

export function SignInPage() {
  const { t } = useI18n();
  const { token, signIn, signOutReason } = useAuth();
  useDocumentTitle(t("signIn.title"));
  const location = useLocation();
  const navigate = useNavigate();
  const [users, setUsers] = useState<UsersState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [pendingUserId, setPendingUserId] = useState<string | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setUsers({ kind: "loading" });
    fetchDevUsers(controller.signal)
      .then((list) => setUsers({ kind: "loaded", users: list }))
      .catch(() => {
        if (!controller.signal.aborted) setUsers({ kind: "error" });
      });
    return () => controller.abort();
  }, [attempt]);

  if (token && pendingUserId === null) {
    return <Navigate to={redirectTarget(location.state)} replace />;
  }

  async function handleSignIn(user: DevUser) {
    setPendingUserId(user.id);
    setSignInFailed(false);
    try {
      await signIn(user.id);
      navigate(redirectTarget(location.state), { replace: true });
    } catch {
      setSignInFailed(true);
      setPendingUserId(null);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.intro")}</p>
      {signOutReason === "expired" || signOutReason === "elsewhere" ? (
        <p className="notice" role="status">
          {t(signOutReason === "expired" ? "signIn.sessionExpired" : "signIn.signedOutElsewhere")}
        </p>
      ) : null}
      {signInFailed ? <ErrorBanner messageKey="signIn.failed" /> : null}

      {users.kind === "loading" ? <Loading label={t("signIn.loadingUsers")} /> : null}
      {users.kind === "error" ? (
        <ErrorBanner messageKey="signIn.usersFailed" onRetry={() => setAttempt((n) => n + 1)} />
      ) : null}
      {users.kind === "loaded" && users.users.length === 0 ? <EmptyState messageKey="signIn.noUsers" /> : null}
      {users.kind === "loaded"
        ? groupByOrganization(users.users).map(([organization, orgUsers], index, all) => {
            const roleGroups = (
              <RoleGroups
                users={orgUsers}
                headingLevel={all.length > 1 ? 3 : 2}
                idPrefix={`org-${index}`}
                pendingUserId={pendingUserId}
                onSignIn={(user) => void handleSignIn(user)}
              />
            );
            if (all.length === 1) return <div key={organization}>{roleGroups}</div>;
            return (
              <section key={organization} className="org-group" aria-labelledby={`org-${index}`}>
                <h2 id={`org-${index}`}>{organization}</h2>
                {roleGroups}
              </section>
            );
          })
        : null}
    </section>
  );
}

/** The README's demo organisation first, then the others in the order the server lists them. */
function groupByOrganization(users: DevUser[]): Array<[string, DevUser[]]> {
  const groups = new Map<string, DevUser[]>();
  for (const user of users) groups.set(user.organization, [...(groups.get(user.organization) ?? []), user]);
  const entries = [...groups.entries()];
  return [...entries.filter(([name]) => name === DEMO_ORGANIZATION), ...entries.filter(([name]) => name !== DEMO_ORGANIZATION)];
}

interface RoleGroupsProps {
  users: DevUser[];
  headingLevel: 2 | 3;
  idPrefix: string;
  pendingUserId: string | null;
  onSignIn(user: DevUser): void;
}

function RoleGroups({ users, headingLevel, idPrefix, pendingUserId, onSignIn }: RoleGroupsProps) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {ROLE_ORDER.map((role) => {
        const group = users.filter((u) => u.role === role);
        if (group.length === 0) return null;
        const headingId = `${idPrefix}-role-${role}`;
        return (
          // A group, not a region: every organisation has the same role headings, and landmarks need unique names.
          <div key={role} className="user-group" role="group" aria-labelledby={headingId}>
            <Heading id={headingId} className="user-group-title">
              {t(`role.group.${role}`)}
            </Heading>
            <ul className="user-list">
              {group.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className="user-button"
                    disabled={pendingUserId !== null}
                    aria-busy={pendingUserId === user.id}
                    data-testid="sign-in-user"
                    data-role={user.role}
                    onClick={() => onSignIn(user)}
                  >
                    <span className="user-button-name">
                      <span className="visually-hidden">{t("signIn.as", { name: "" })}</span>
                      {user.name}
                    </span>
                    <span className="user-button-meta">
                      {t(`role.${user.role}`)} · {user.organization}
                    </span>
                    {pendingUserId === user.id ? (
                      <span className="user-button-meta">{t("signIn.signingIn")}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
