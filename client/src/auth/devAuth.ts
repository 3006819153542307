/** Client for the dev auth endpoints (AUTH_MODE=dev). */
export type DevRole = "VIEWER" | "EDITOR" | "ADMIN";

export interface DevUser {
  id: string;
  name: string;
  email: string | null;
  role: DevRole;
  organization: string;
}

export interface DevToken {
  token: string;
  expiresAt: string | null;
}

export async function fetchDevUsers(signal?: AbortSignal): Promise<DevUser[]> {
  const response = await fetch("/auth/dev/users", {
    headers: { accept: "application/json" },
    signal,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!Array.isArray(body)) throw new Error("Unexpected response");
  return body as DevUser[];
}

export async function requestDevToken(userId: string): Promise<DevToken> {
  const response = await fetch("/auth/dev/token", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as Partial<DevToken>;
  if (typeof body.token !== "string") throw new Error("Unexpected response");
  return { token: body.token, expiresAt: typeof body.expiresAt === "string" ? body.expiresAt : null };
}
