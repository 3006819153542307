/**
 * Token storage shared by the tabs of this browser (localStorage), until sign-out or expiry.
 * The token lives only here and in the Authorization header: never in a URL, never logged.
 */
export interface Session {
  token: string;
  expiresAt: string | null;
}

const STORAGE_KEY = "postboxen.session";

export function isExpired(session: Session, now = Date.now()): boolean {
  if (!session.expiresAt) return false;
  const expires = Date.parse(session.expiresAt);
  return Number.isFinite(expires) && expires <= now;
}

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== "string" || parsed.token === "") return null;
    const session: Session = { token: parsed.token, expiresAt: typeof parsed.expiresAt === "string" ? parsed.expiresAt : null };
    return isExpired(session) ? null : session;
  } catch {
    return null;
  }
}

export function loadSession(): Session | null {
  try {
    const session = parse(localStorage.getItem(STORAGE_KEY));
    if (!session) localStorage.removeItem(STORAGE_KEY);
    // Before sessions were shared they lived per tab: clear that copy, so it cannot come back.
    sessionStorage.removeItem(STORAGE_KEY);
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the session then lives in this tab's memory only.
  }
}

/**
 * Calls `onChange` when another tab signs in (the new session) or out (null). The browser fires
 * `storage` only in the other tabs, so a tab never hears its own writes.
 */
export function onSessionChange(onChange: (session: Session | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    // key null: the other tab cleared all of storage.
    if (event.storageArea !== localStorage || (event.key !== null && event.key !== STORAGE_KEY)) return;
    onChange(parse(event.key === null ? null : event.newValue));
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
