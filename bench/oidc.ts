import { createServer } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { freePort } from "../server/src/platform/net";

/**
 * Sign-in as production does it, for benches: a local JWKS endpoint with the bench's own RS256 key,
 * as an OIDC provider publishes it, and tokens signed with that key. `env` is what the server needs
 * (AUTH_MODE=oidc and the issuer, audience and JWKS address); users are found by their
 * `external_subject`, which the bench sets.
 */
export interface LocalIssuer {
  env: Record<string, string>;
  /** A token for `subject` with the role claim `role` (VIEWER, EDITOR, ADMIN), valid for two hours. */
  sign(subject: string, role: string): Promise<string>;
  close(): void;
}

export const BENCH_ISSUER = "https://idp.bench.example/";

export async function startLocalIssuer(): Promise<LocalIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256", use: "sig" };
  const jwks = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
  const port = await freePort();
  await new Promise<void>((resolve) => jwks.listen(port, "127.0.0.1", resolve));
  return {
    env: { AUTH_MODE: "oidc", OIDC_ISSUER: BENCH_ISSUER, OIDC_AUDIENCE: "postboxen", OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks` },
    sign: (subject, role) =>
      new SignJWT({ roles: [role] }).setProtectedHeader({ alg: "RS256", kid: "bench" }).setSubject(subject).setIssuer(BENCH_ISSUER).setAudience("postboxen").setIssuedAt().setExpirationTime("2h").sign(privateKey),
    close: () => void jwks.close(),
  };
}
