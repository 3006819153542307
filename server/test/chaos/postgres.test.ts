import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvePgRuntime, startPostgres, type StartedPostgres } from "../../src/platform/embedded-pg";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { freePort } from "../more-helpers";

/**
 * A PostgreSQL of the test's own (embedded, persistent data directory, fixed port) stopped and
 * started again under a running server: typed errors while it is away, recovery by itself after,
 * nothing lost, no process exit.
 */
describe("PostgreSQL restart under a running server", () => {
  let dir: string;
  let port: number;
  let pg: StartedPostgres;
  let server: TestServer;
  let a: TestOrg;
  const runtime = () => resolvePgRuntime(join(dir, "data"));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pbx-chaos-pg-"));
    port = await freePort();
    pg = await startPostgres(runtime(), port, "postgres");
    server = await startTestServer({ DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, DATABASE_POOL_MAX: "4" });
    a = await createOrg(server.db, "Omstartskommun");
  }, 60_000);
  afterAll(async () => {
    // Known and open (docs/RISKS.md): in the full suite the server's shutdown after the restart has
    // hung in 2 of 3 runs since 2026-12-01; bounded here so the database and directory are cleaned.
    await Promise.race([server?.stop(), new Promise((r) => setTimeout(r, 20_000).unref())]);
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("answers SERVICE_UNAVAILABLE while the database is down, recovers by itself, and keeps what was written", async () => {
    const token = await server.tokenFor(a.editor);
    const read = () => server.gql<{ actionItems: { totalCount: number } }>(`{ actionItems(first: 5) { totalCount } }`, {}, token);
    const created = await server.gql<{ createStakeholder: { stakeholder: { id: string } } }>(`mutation { createStakeholder(input: { name: "Före avbrottet" }) { stakeholder { id } } }`, {}, token);
    expect(created.errors).toBeUndefined();

    await pg.stop();
    const during = await read();
    expect(during.status).toBeLessThan(600);
    const codes = (during.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === "SERVICE_UNAVAILABLE"), JSON.stringify(during.errors)).toBe(true);
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|terminat|at .*\.ts:\d+/);
    const health = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { checks: { database: string } }).checks.database).toBe("fail");

    pg = await startPostgres(runtime(), port, "postgres");
    const deadline = Date.now() + 20_000;
    let after = await read();
    while (after.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      after = await read();
    }
    expect(after.errors).toBeUndefined();
    const kept = await server.gql<{ node: { id: string } | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id: created.data!.createStakeholder.stakeholder.id }, token);
    expect(kept.data?.node?.id).toBe(created.data!.createStakeholder.stakeholder.id);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);
    // Logged as warnings by name, never as unhandled errors with database messages.
    expect(server.logs.filter((l) => l.includes('"level":"error"') || l.includes('"level":"fatal"'))).toEqual([]);
  }, 60_000);
});
