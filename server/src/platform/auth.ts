import { createHash, createSecretKey, randomBytes } from "node:crypto";
import { SignJWT, jwtVerify, createRemoteJWKSet, errors as joseErrors, type JWTPayload } from "jose";
import type { Config } from "../config";
import type { Database } from "./db";
import { User, Role } from "./identity/user.entity";
import { ApiToken, ApiTokenScope } from "./identity/api-token.entity";
import { unauthenticated } from "./errors";

/** Who is calling: a signed-in user, or an integrator token acting with the role its scopes give. */
export interface Principal {
  kind: "user" | "apiToken";
  userId: string;
  orgId: string;
  role: Role;
  /** ApiToken id, when kind is apiToken. */
  tokenId?: string;
}

const DEV_ISSUER = "postboxen-dev";
const DEV_AUDIENCE = "postboxen";
export const API_TOKEN_PREFIX = "pbx_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export interface Authenticator {
  /** Resolve a bearer credential to a principal; throws UNAUTHENTICATED on anything doubtful. */
  authenticate(bearer: string | undefined): Promise<Principal | null>;
  /**
   * The principal of a JWT this process verified within the last JWT_CACHE_MS (and that has not
   * expired), without a promise; undefined for anything else, which `authenticate` then decides.
   */
  known(bearer: string | undefined): Principal | undefined;
  /** Drops cached principals of a user (their role changed or they were deactivated). */
  forgetUser(userId: string): void;
  signDevToken(user: User): Promise<{ token: string; expiresAt: Date }>;
}

export function bearerFrom(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Every authenticator of this process, so a change made here drops its cached principals at once. */
const authenticators = new Set<WeakRef<Pick<Authenticator, "forgetUser">>>();

/**
 * Drops the cached principals of a user in every authenticator of this process, synchronously.
 * Call it right after committing a change to the user's rights (deactivation, role); the other
 * processes hear of it through `announcePrincipalChange` (system.principals).
 */
export function forgetUserInProcess(userId: string): void {
  for (const ref of authenticators) {
    const authenticator = ref.deref();
    if (authenticator) authenticator.forgetUser(userId);
    else authenticators.delete(ref);
  }
}

export function createAuthenticator(config: Config, db: Database): Authenticator {
  // A KeyObject, not raw bytes: jose would otherwise import the key again on every verification.
  const secret = createSecretKey(Buffer.from(config.auth.secret, "utf8"));
  const oidc = config.auth.oidc;
  const jwks = oidc ? createRemoteJWKSet(new URL(oidc.jwksUrl)) : undefined;

  async function userById(id: string): Promise<User | null> {
    return db.system().findOne(User, { id, active: true }, { filters: false, populate: ["organization"] });
  }

  async function fromApiToken(token: string): Promise<Principal> {
    const em = db.system();
    const row = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { filters: false, populate: ["createdBy"] });
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw unauthenticated();
    // A token acts for the admin who created it: it stops when that person is deactivated.
    if (!row.createdBy.active) throw unauthenticated();
    // Revocation is checked on every request; the last-use stamp is written at most once a minute.
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
      row.lastUsedAt = new Date();
      await em.flush();
    }
    const role = row.scopes.includes(ApiTokenScope.WRITE) ? Role.EDITOR : Role.VIEWER;
    return { kind: "apiToken", userId: row.createdBy.id, orgId: row.organization.id, role, tokenId: row.id };
  }

  async function fromDevJwt(token: string): Promise<Principal> {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ["HS256"],
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      requiredClaims: ["exp", "sub"],
    });
    // Dev tokens name a user id; anything else must not reach the uuid column (the database would
    // answer with an error that says more than "not signed in").
    if (!payload.sub || !UUID.test(payload.sub)) throw unauthenticated();
    const user = await userById(payload.sub);
    if (!user) throw unauthenticated();
    return { kind: "user", userId: user.id, orgId: user.organization.id, role: user.role };
  }

  async function fromOidcJwt(token: string): Promise<Principal> {
    if (!oidc || !jwks) throw unauthenticated();
    const { payload } = await jwtVerify(token, jwks, {
      algorithms: oidc.algorithms,
      issuer: oidc.issuer,
      audience: oidc.audience,
      requiredClaims: ["exp", "sub"],
    });
    // The same subject may be provisioned in several organisations: the org claim picks one, and
    // without it an ambiguous subject is refused rather than guessed.
    const org = claimString(payload, oidc.orgClaim);
    const candidates = await db
      .system()
      .find(User, { externalSubject: payload.sub, active: true }, { filters: false, populate: ["organization"] });
    const matching = org ? candidates.filter((u) => u.organization.slug === org) : candidates;
    const user = matching.length === 1 ? matching[0] : undefined;
    if (!user) throw unauthenticated();
    // The identity provider is the source of truth for the role; fall back to the stored one.
    const role = roleFromClaim(payload[oidc.roleClaim]) ?? user.role;
    return { kind: "user", userId: user.id, orgId: user.organization.id, role };
  }

  // Verified JWTs map to the same principal until they expire; re-reading the user on every request
  // cost more than the rest of a dashboard query. A role change or deactivation drops the user's
  // entries at once: in the acting process synchronously (`forgetUserInProcess`), in the others when
  // system.principals reaches them (Redis, milliseconds). Only while Redis is away can another
  // process serve a cached principal, for at most JWT_CACHE_MS (15 s). A deactivated user's next
  // uncached request is refused (`active: true` in every lookup). API tokens are never cached, so
  // revocation — and deactivation of the admin who created a token — is immediate.
  const jwtCache = new Map<string, { principal: Principal; until: number }>();
  const cachedJwt = async (token: string, verify: (t: string) => Promise<Principal>): Promise<Principal> => {
    const hit = jwtCache.get(token);
    const now = Date.now();
    if (hit && hit.until > now) return hit.principal;
    const principal = await verify(token);
    const exp = jwtExpiry(token);
    if (jwtCache.size >= JWT_CACHE_MAX) jwtCache.clear();
    jwtCache.set(token, { principal, until: Math.min(now + JWT_CACHE_MS, exp ? exp * 1000 : now) });
    return principal;
  };

  const authenticator: Authenticator = {
    known(bearer) {
      if (!bearer) return undefined;
      const hit = jwtCache.get(bearer);
      return hit && hit.until > Date.now() ? hit.principal : undefined;
    },
    forgetUser(userId) {
      for (const [token, hit] of jwtCache) if (hit.principal.userId === userId) jwtCache.delete(token);
    },
    async authenticate(bearer) {
      if (!bearer) return null;
      try {
        if (bearer.startsWith(API_TOKEN_PREFIX)) return await fromApiToken(bearer);
        return await cachedJwt(bearer, config.auth.mode === "oidc" ? fromOidcJwt : fromDevJwt);
      } catch (error) {
        // jose raises JOSEError subclasses and, for malformed input, TypeError: all mean "not signed in".
        if (error instanceof joseErrors.JOSEError || error instanceof TypeError || isUnauthenticated(error)) throw unauthenticated();
        throw error;
      }
    },
    async signDevToken(user) {
      if (config.auth.mode !== "dev") throw unauthenticated();
      const expiresAt = new Date(Date.now() + config.auth.tokenTtlSeconds * 1000);
      const token = await new SignJWT({ role: user.role, org: user.organization.id })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(user.id)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(secret);
      return { token, expiresAt };
    },
  };
  // Weakly: a stopped app's (or test server's) authenticator and its cache can be collected.
  authenticators.add(new WeakRef(authenticator));
  return authenticator;
}

const JWT_CACHE_MS = 15_000;
const JWT_CACHE_MAX = 10_000;
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/** `exp` of a JWT in seconds. Only trust it for a token that `authenticate` has just accepted. */
export function jwtExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: unknown };
    return typeof payload.exp === "number" ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

function isUnauthenticated(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { extensions?: { code?: string } }).extensions?.code === "UNAUTHENTICATED";
}

function claimString(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  return typeof value === "string" ? value : undefined;
}

/**
 * Accepts exactly "viewer" | "editor" | "admin", or the same prefixed "postboxen:", in a string or
 * an array; the highest wins. Other applications' roles ("grafana:admin", ".../roles/admin") never
 * count: a suffix match would let any "admin" anywhere in the claim grant ADMIN here.
 */
export function roleFromClaim(value: unknown): Role | undefined {
  const values = Array.isArray(value) ? value : [value];
  const roles = values
    .filter((v): v is string => typeof v === "string")
    .map((v) => /^(?:postboxen:)?(viewer|editor|admin)$/i.exec(v.trim())?.[1]?.toUpperCase())
    .filter((v): v is Role => v === "VIEWER" || v === "EDITOR" || v === "ADMIN");
  const order = [Role.ADMIN, Role.EDITOR, Role.VIEWER];
  return order.find((r) => roles.includes(r));
}
