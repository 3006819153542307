import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, devJwt, looksLikeStackTrace, rowById, sql, unsignedJwt, wsInitOutcome } from "../more-helpers";

let server: TestServer;
let a: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db);
});
afterAll(async () => server?.stop());

const VIEWER_Q = `{ viewer { user { name } role } }`;

/** Raw POST so the test sees the HTTP status and the exact body text. */
async function rawGql(token: string, query = VIEWER_Q, variables: Record<string, unknown> = {}) {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe("dev-mode bearer tokens", () => {
  it("answers UNAUTHENTICATED on a protected field when no credentials are sent", async () => {
    const res = await server.gql(VIEWER_Q);
    expect(codes(res)).toEqual(["UNAUTHENTICATED"]);
    expect(res.data ?? null).toBeNull();
  });

  it("accepts a correctly signed hand-made token (control for the rejections below)", async () => {
    const res = await rawGql(await devJwt(server.config.auth.secret, a.viewer.id));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ viewer: { user: { name: "Vera Viewer" }, role: "VIEWER" } });
  });

  const bad: [string, () => Promise<string>][] = [
    ["a malformed token", async () => "not.a.jwt"],
    ["a token with a wrong signature", () => devJwt("another-secret-of-at-least-32-characters!!", a.viewer.id)],
    ["an expired token", () => devJwt(server.config.auth.secret, a.viewer.id, { exp: Math.floor(Date.now() / 1000) - 60 })],
    ["an unsigned alg:none token", async () => unsignedJwt(a.viewer.id)],
    ["a token without exp", () => devJwt(server.config.auth.secret, a.viewer.id, { exp: null })],
    ["a token with the wrong issuer", () => devJwt(server.config.auth.secret, a.viewer.id, { iss: "evil" })],
  ];
  for (const [label, make] of bad) {
    it(`refuses ${label} with HTTP 401 UNAUTHENTICATED and no stack trace`, async () => {
      const res = await rawGql(await make());
      expect(res.status).toBe(401);
      expect(codes(res.body)).toEqual(["UNAUTHENTICATED"]);
      expect(res.body.data ?? null).toBeNull();
      expect(looksLikeStackTrace(res.text)).toBe(false);
    });
  }

  it("closes a graphql-ws connection with 4403 when connection_init has no valid credentials", async () => {
    expect(await wsInitOutcome(server.port, {})).toEqual({ code: 4403, acked: false });
    expect(await wsInitOutcome(server.port, { authorization: "Bearer not.a.jwt" })).toEqual({ code: 4403, acked: false });
    const valid = await wsInitOutcome(server.port, { authorization: `Bearer ${await server.tokenFor(a.viewer)}` });
    expect(valid.acked).toBe(true);
  });
});

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id prefix scopes } } }`;
const COMPLETE = `mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`;

describe("integrator API tokens", () => {
  async function createToken(scopes: string[], label = "Integration") {
    const res = await server.gql<{ createApiToken: { token: string; apiToken: { id: string; prefix: string; scopes: string[] } } }>(
      CREATE_TOKEN,
      { input: { label, scopes, expiresInDays: 30 } },
      await server.tokenFor(a.admin),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createApiToken;
  }
  const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

  it("shows a new token once, with the pbx_ prefix, and stores only its sha256 hash", async () => {
    const { token, apiToken } = await createToken(["READ"]);
    expect(token).toMatch(/^pbx_[\w-]{20,}$/);
    const row = await rowById(server.db, "api_tokens", uuidOf(apiToken.id));
    expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(10));
    const listed = await server.gql(`{ apiTokens { id label prefix scopes } }`, {}, await server.tokenFor(a.admin));
    expect(JSON.stringify(listed.data)).toContain(apiToken.id);
    expect(JSON.stringify(listed.data)).not.toContain(token.slice(10));
  });

  it("lets a READ token query but answers FORBIDDEN on a mutation and writes nothing", async () => {
    const { token } = await createToken(["READ"]);
    const read = await server.gql<{ meeting: { title: string } }>(`query($id: ID!) { meeting(id: $id) { title } }`, { id: a.ids.meeting }, token);
    expect(read.data?.meeting.title).toBe("Styrgruppsmöte");
    const write = await server.gql(COMPLETE, { id: a.ids.actionItem }, token);
    expect(codes(write)).toEqual(["FORBIDDEN"]);
    expect((await rowById(server.db, "action_items", a.actionItem.id)).status).toBe("OPEN");
  });

  it("lets a WRITE token mutate", async () => {
    const { token } = await createToken(["READ", "WRITE"]);
    const res = await server.gql(`mutation($id: ID!) { updateMeeting(input: { id: $id, location: "Rum 4" }) { meeting { location } } }`, { id: a.ids.meeting }, token);
    expect(res.errors).toBeUndefined();
    expect((await rowById(server.db, "meetings", a.meeting.id)).location).toBe("Rum 4");
  });

  it("refuses a revoked token with 401 UNAUTHENTICATED", async () => {
    const { token, apiToken } = await createToken(["READ"]);
    expect((await rawGql(token)).status).toBe(200);
    const revoke = await server.gql(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }`, { id: apiToken.id }, await server.tokenFor(a.admin));
    expect(revoke.errors).toBeUndefined();
    const res = await rawGql(token);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("refuses an expired token with 401 UNAUTHENTICATED", async () => {
    const { token, apiToken } = await createToken(["READ"]);
    await sql(server.db, `update api_tokens set expires_at = now() - interval '1 minute' where id = ?`, [uuidOf(apiToken.id)]);
    const res = await rawGql(token);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("answers FORBIDDEN when an editor or an API token tries to create a token, and creates none", async () => {
    const { token: writeToken } = await createToken(["WRITE"]);
    const before = (await sql<{ n: string }>(server.db, `select count(*) n from api_tokens where organization_id = ?`, [a.org.id]))[0]!.n;
    const input = { input: { label: "Smuggled", scopes: ["READ"], expiresInDays: 1 } };
    const byEditor = await server.gql(CREATE_TOKEN, input, await server.tokenFor(a.editor));
    const byToken = await server.gql(CREATE_TOKEN, input, writeToken);
    expect(codes(byEditor)).toEqual(["FORBIDDEN"]);
    expect(codes(byToken)).toEqual(["FORBIDDEN"]);
    const after = (await sql<{ n: string }>(server.db, `select count(*) n from api_tokens where organization_id = ?`, [a.org.id]))[0]!.n;
    expect(after).toBe(before);
  });
});

describe("OIDC mode", () => {
  const ISSUER = "https://idp.test.example/realms/postboxen";
  const AUDIENCE = "postboxen-api";
  let jwks: Server;
  let oidc: TestServer;
  let b: TestOrg;
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  const SUB = `oidc-sub-${Date.now()}`;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
    jwks = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((r) => jwks.listen(0, "127.0.0.1", r));
    const address = jwks.address();
    const port = typeof address === "object" && address ? address.port : 0;
    oidc = await startTestServer({ AUTH_MODE: "oidc", OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks` });
    b = await createOrg(oidc.db);
    await sql(oidc.db, `update users set external_subject = ? where id = ?`, [SUB, b.viewer.id]);
  });
  afterAll(async () => {
    await oidc?.stop();
    await new Promise((r) => jwks?.close(r));
  });

  async function idToken(opts: { sub?: string; iss?: string; aud?: string; exp?: number | null; roles?: unknown; org?: string } = {}) {
    const jwt = new SignJWT({ roles: opts.roles ?? ["postboxen:admin"], ...(opts.org ? { org: opts.org } : {}) })
      .setProtectedHeader({ alg: "RS256", kid: "test-key" })
      .setSubject(opts.sub ?? SUB)
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? AUDIENCE)
      .setIssuedAt();
    if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600);
    return jwt.sign(privateKey);
  }

  it("accepts a valid token and takes the role from the roles claim, not the stored role", async () => {
    const asAdmin = await oidc.gql<{ viewer: { role: string; user: { name: string } } }>(`{ viewer { role user { name } } users(first: 10) { totalCount } }`, {}, await idToken());
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.viewer).toEqual({ role: "ADMIN", user: { name: "Vera Viewer" } });
    const asEditor = await oidc.gql<{ viewer: { role: string } }>(`{ viewer { role } }`, {}, await idToken({ roles: ["editor"] }));
    expect(asEditor.data?.viewer.role).toBe("EDITOR");
    const denied = await oidc.gql(`{ users(first: 10) { totalCount } }`, {}, await idToken({ roles: ["editor"] }));
    expect(codes(denied)).toEqual(["FORBIDDEN"]);
  });

  const cases: [string, () => Promise<string>][] = [
    ["a wrong audience", () => idToken({ aud: "someone-else" })],
    ["a wrong issuer", () => idToken({ iss: "https://evil.example/" })],
    ["no exp claim", () => idToken({ exp: null })],
    ["an expired exp", () => idToken({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ["an unknown subject", () => idToken({ sub: "nobody-we-know" })],
    ["an org claim naming another organisation", () => idToken({ org: "some-other-org" })],
    [
      "an HS256 signature (algorithm confusion with the public key)",
      () =>
        new SignJWT({ roles: ["admin"] })
          .setProtectedHeader({ alg: "HS256", kid: "test-key" })
          .setSubject(SUB)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setIssuedAt()
          .setExpirationTime("10m")
          .sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
    ],
    ["a dev-mode token", () => devJwt(oidc.config.auth.secret, b.viewer.id)],
  ];
  for (const [label, make] of cases) {
    it(`refuses a token with ${label} as UNAUTHENTICATED`, async () => {
      const res = await oidc.gql(`{ viewer { role } }`, {}, await make());
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(["UNAUTHENTICATED"]);
      expect(res.data ?? null).toBeNull();
    });
  }
});
