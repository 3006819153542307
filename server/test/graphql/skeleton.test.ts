import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";

let server: TestServer;
let a: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db);
});
afterAll(async () => server?.stop());

describe("walking skeleton over HTTP", () => {
  it("answers a signed-in viewer's query with their organisation's data", async () => {
    const res = await server.gql<{ viewer: { user: { name: string }; organization: { name: string } }; meeting: { title: string } }>(
      `query($id: ID!) { viewer { user { name } organization { name } } meeting(id: $id) { title } }`,
      { id: a.ids.meeting },
      await server.tokenFor(a.viewer),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.user.name).toBe("Vera Viewer");
    expect(res.data?.viewer.organization.name).toBe(a.org.name);
    expect(res.data?.meeting.title).toBe("Styrgruppsmöte");
  });
});
