import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { sql } from "../more-helpers";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { attach, finished, meetingWith } from "../transcript-helpers";

// The labelled examples leave the product only through the two CLIs, run here as real processes:
// `npm run -s export:labels` (JSON Lines on stdout, exit codes) and `npm run train:extraction --
// --org` (reproducible, stored per organisation, used by that organisation's extraction only).

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// A train-slice meeting of the corpus (never the test slice): 26 cues, with suggestions under 0.6.
const MEETING = readFileSync(new URL("../../src/ai/fixtures/corpus/w6/w6m24.txt", import.meta.url), "utf8");
const SPEAKERS = ["Lovisa Nyman", "Rami Aziz", "Filip Sand", "Gunnel Strömberg"];
const ITEMS = `query($id: ID!) { meeting(id: $id) {
  decisions(first: 50) { nodes { id reviewState confidence evidence { quote } } }
  actionItems(first: 50) { nodes { id reviewState confidence evidence { quote } } }
} }`;
type Node = { id: string; reviewState: string; confidence: number; evidence: { quote: string } };
type Items = { meeting: { decisions: { nodes: Node[] }; actionItems: { nodes: Node[] } } };

function npm(args: string[], ms = 120_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`npm ${args.join(" ")} did not exit within ${ms} ms; stderr: ${stderr}`));
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
const token = { a: "", b: "" };
const items = async (meetingId: string, t: string) => (await server.gql<Items>(ITEMS, { id: meetingId }, t)).data!.meeting;
async function extracted(org: TestOrg, t: string) {
  const m = await meetingWith(server.db, org, SPEAKERS.map(() => ConsentStatus.GRANTED), { names: SPEAKERS, title: "Biljettsystem" });
  const res = await attach(server, t, m.id, MEETING);
  expect(res.errors).toBeUndefined();
  expect((await finished(server, t, res.data!.attachTranscript.run.id)).status).toBe("SUCCEEDED");
  return { m, items: await items(m.id, t) };
}
const quotes = (i: Items["meeting"]) => [...i.decisions.nodes, ...i.actionItems.nodes].map((n) => n.evidence.quote).sort();

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Tränarkommun");
  b = await createOrg(server.db, "Jämförelsekommun");
  token.a = await server.tokenFor(a.editor);
  token.b = await server.tokenFor(b.editor);
});
afterAll(async () => server?.stop());

describe("labelled examples leave through the CLIs", () => {
  let rejectedQuotes: string[] = [];
  let before: string[] = [];

  it("export:labels prints the organisation's verdicts as JSON Lines, and nothing else on stdout", async () => {
    const { items: got } = await extracted(a, token.a);
    before = quotes(got);
    const suggestions = [...got.decisions.nodes, ...got.actionItems.nodes].filter((n) => n.reviewState === "SUGGESTED");
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) {
      const res = await server.gql(`mutation($id: ID!) { reviewSuggestion(input: { id: $id, verdict: REJECT }) { decision { id } actionItem { id } } }`, { id: s.id }, token.a);
      expect(res.errors).toBeUndefined();
    }
    rejectedQuotes = suggestions.map((s) => s.evidence.quote);

    const out = await npm(["export:labels", "--", "--org", a.org.slug]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(suggestions.length);
    expect(out.stdout.endsWith("\n")).toBe(true);
    const labels = lines.map((l) => JSON.parse(l) as { verdict: string; itemKind: string; quote: string; features: string[]; meetingId: string; createdAt: string });
    expect(labels.every((l) => l.verdict === "REJECT" && Array.isArray(l.features) && l.features.length > 0 && l.meetingId.length > 0)).toBe(true);
    expect(labels.map((l) => l.quote).sort()).toEqual([...rejectedQuotes].sort());

    // The other organisation has none; its export is empty, not an error.
    const other = await npm(["export:labels", "--", "--org", b.org.slug]);
    expect(other.code).toBe(0);
    expect(other.stdout).toBe("");
  });

  it("export:labels refuses an unknown organisation on stderr with exit 1 (and no argument with 2)", async () => {
    const out = await npm(["export:labels", "--", "--org", "no-such-org-here"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/no organisation with slug "no-such-org-here"/);
    expect((await npm(["export:labels"])).code).toBe(2);
  });

  it("train:extraction --org is reproducible (same hash twice) and stored for that organisation only", async () => {
    const first = await npm(["train:extraction", "--", "--org", a.org.slug, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const second = await npm(["train:extraction", "--", "--org", a.org.slug, "--json"]);
    expect(second.code).toBe(0);
    const one = JSON.parse(first.stdout.trim()) as { hash: string; examples: number; meetings: number };
    const two = JSON.parse(second.stdout.trim()) as { hash: string };
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(two.hash).toBe(one.hash);
    expect(one.examples).toBe(rejectedQuotes.length);
    // Train slice + holdouts: the corpus test slice is not among the meetings.
    const manifest = JSON.parse(readFileSync(new URL("../../src/ai/fixtures/corpus/manifest.json", import.meta.url), "utf8")) as { train: string[]; test: string[] };
    const holdouts = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5"].flatMap((d) => readdirSync(new URL(`../../src/ai/fixtures/${d}/`, import.meta.url)).filter((f) => f.endsWith(".json")));
    expect(manifest.test.length).toBeGreaterThanOrEqual(30);
    expect(one.meetings).toBe(manifest.train.length + holdouts.length);
    const stored = await sql<{ organization_id: string; model_hash: string }>(server.db, `select organization_id, model_hash from organization_extraction_models where organization_id = any(?::uuid[])`, [`{${a.org.id},${b.org.id}}`]);
    expect(stored).toEqual([{ organization_id: a.org.id, model_hash: one.hash }]);
    expect((await npm(["train:extraction", "--", "--org", "no-such-org-here"])).code).toBe(1);
    // Three CLI runs, two of them full trainings (CPU-bound, ~10 s each on a quiet machine): more
    // than the default 30 s when the suite's other files share the two cores.
  }, 180_000);

  it("the organisation's model changes its own extraction, not another organisation's", async () => {
    const mine = quotes((await extracted(a, token.a)).items);
    const theirs = quotes((await extracted(b, token.b)).items);
    expect(theirs).toEqual(before);
    expect(mine).not.toEqual(before);
    // What the reviewers rejected is (at least partly) no longer proposed by their own model.
    expect(rejectedQuotes.some((q) => !mine.includes(q))).toBe(true);
    expect(rejectedQuotes.every((q) => theirs.includes(q))).toBe(true);
  });
});
