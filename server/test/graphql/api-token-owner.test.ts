import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { User } from "../../src/platform/identity/user.entity";

let server: TestServer;
let a: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db);
});
afterAll(async () => server?.stop());

describe("integrator API tokens and their creator", () => {
  it("stops answering for a token whose creating admin has been deactivated", async () => {
    const created = await server.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { label: "Diarium", scopes: [READ], expiresInDays: 30 }) { token } }`,
      {},
      await server.tokenFor(a.admin),
    );
    const token = created.data?.createApiToken.token ?? "";
    expect(token).toMatch(/^pbx_/);
    const before = await server.gql<{ viewer: { role: string } }>(`{ viewer { role } }`, {}, token);
    expect(before.data?.viewer.role).toBe("VIEWER");

    const em = server.db.system();
    await em.nativeUpdate(User, { id: a.admin.id }, { active: false }, { filters: false });

    const after = await server.gql(`{ viewer { role } }`, {}, token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
