import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { requestDevToken } from "./devAuth";
import { isExpired, loadSession, onSessionChange, saveSession, type Session } from "./session";

/** `elsewhere`: the session ended in another tab of this browser. */
export type SignOutReason = "user" | "expired" | "elsewhere";

export interface AuthState {
  token: string | null;
  /** Why the last session ended, so the sign-in page can explain it. */
  signOutReason: SignOutReason | null;
  signIn(userId: string): Promise<void>;
  signOut(reason?: SignOutReason): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);

  const signOut = useCallback((reason: SignOutReason = "user") => {
    saveSession(null);
    setSession(null);
    setSignOutReason(reason);
  }, []);

  const signIn = useCallback(async (userId: string) => {
    const { token, expiresAt } = await requestDevToken(userId);
    const next: Session = { token, expiresAt };
    saveSession(next);
    setSignOutReason(null);
    setSession(next);
  }, []);

  // One session for every tab: a sign-in or sign-out in another tab applies here too.
  useEffect(
    () =>
      onSessionChange((next) => {
        setSession(next);
        setSignOutReason(next ? null : "elsewhere");
      }),
    [],
  );

  // Sign out when the token expires while the page is open.
  useEffect(() => {
    if (!session?.expiresAt) return;
    if (isExpired(session)) {
      signOut("expired");
      return;
    }
    const delay = Math.min(Date.parse(session.expiresAt) - Date.now(), 2_147_483_647);
    const timer = window.setTimeout(() => signOut("expired"), delay);
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<AuthState>(
    () => ({ token: session?.token ?? null, signOutReason, signIn, signOut }),
    [session, signOutReason, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside <AuthProvider>");
  return value;
}
