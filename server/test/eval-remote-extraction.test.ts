import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../src/ai/transcripts/index";
import { answer, startFakeOpenAi, type ChatRequest } from "./openai-fake";

/**
 * `npm run eval:extraction -- --provider openai` as a real process against a local server that
 * speaks /v1/chat/completions. That server is NOT a model: it answers from the gold labels of the
 * meeting it recognises in the prompt (plus one invented quote per request), so the figures the
 * evaluation prints measure the plumbing (prompting, chunking, grounding, merging, scoring), not
 * any model's quality.
 */
const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
const fixtures = join(root, "server/src/ai/fixtures");
const sharedDev = resolve(root, "..", "shared", "fixtures", "transcripts", "dev");
const MODEL = "gold-echo-plumbing-only";
const INVENTED = "Det här sades aldrig på mötet.";

interface GoldItem {
  text: string;
  evidence: string;
  owner?: string | null;
  due?: string | null;
}
interface Gold {
  id: string;
  decisions: GoldItem[];
  actionItems: GoldItem[];
}

/** Every labelled meeting in the repository (and the shared dev set), keyed by the text of its cues. */
function goldIndex() {
  const dirs = [
    ...(existsSync(sharedDev) ? [sharedDev] : []),
    ...["holdout", "holdout2", "holdout3", "holdout4", "holdout5"].map((s) => join(fixtures, s)),
    ...["w1", "w2", "w3", "w4", "w5", "w6"].map((w) => join(fixtures, "corpus", w)),
  ];
  const golds: Gold[] = [];
  const byCue = new Map<string, Set<number>>();
  for (const dir of dirs) {
    const names = readdirSync(dir);
    for (const name of names.filter((n) => n.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(join(dir, name), "utf8")) as Gold;
      const file = names.find((n) => n.startsWith(`${name.slice(0, -5)}.`) && !n.endsWith(".json"));
      if (!Array.isArray(gold.decisions) || !file) continue;
      const at = golds.push(gold) - 1;
      for (const s of parseTranscript(readFileSync(join(dir, file))).segments) byCue.set(s.text, (byCue.get(s.text) ?? new Set()).add(at));
    }
  }
  return { golds, byCue };
}

describe("npm run eval:extraction -- --provider openai (real process, local OpenAI-compatible server)", () => {
  const { golds, byCue } = goldIndex();
  let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
  const unrecognised: number[] = [];

  /** The gold items whose evidence lies in the cues of this request, cited by cue number; and one invented quote. */
  function echoGold(request: ChatRequest) {
    const cues = request.user.segments;
    let candidates: number[] | null = null;
    for (const c of cues) {
      const here = [...(byCue.get(c.text) ?? [])];
      candidates = candidates ? candidates.filter((g) => here.includes(g)) : here;
    }
    const gold = candidates?.length === 1 ? golds[candidates[0] as number] : undefined;
    if (!gold) unrecognised.push(request.user.part?.number ?? 1);
    const cite = (item: GoldItem) => {
      const quote = item.evidence.replace(/\s+/g, " ").trim();
      const cue = cues.find((c) => c.text.includes(quote));
      return cue ? [{ quote, segment: cue.index }] : [];
    };
    return answer({
      decisions: (gold?.decisions ?? []).flatMap((d) => cite(d).map((e) => ({ text: d.text, ...e, confidence: 0.9 }))),
      actionItems: [
        ...(gold?.actionItems ?? []).flatMap((a) => cite(a).map((e) => ({ text: a.text, owner: a.owner ?? null, due: a.due ?? null, ...e, confidence: 0.9 }))),
        { text: "Påhittad uppgift", owner: null, due: null, quote: INVENTED, segment: cues[0]?.index ?? 0, confidence: 0.99 },
      ],
    });
  }

  beforeAll(async () => {
    fake = await startFakeOpenAi(echoGold);
  });
  afterAll(async () => {
    await fake?.close();
  });

  function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("AI_")));
    return new Promise((done, fail) => {
      const child = spawn("npm", ["run", "-s", "eval:extraction", "--", ...args], {
        cwd: root,
        env: { ...clean, AI_BASE_URL: fake.baseUrl, AI_MODEL: MODEL, AI_API_KEY: "sk-eval-test", AI_CHUNK_CHARS: "3000", AI_CHUNK_OVERLAP_CUES: "2", ...env },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      child.on("error", fail);
      child.on("close", (code) => done({ code, stdout, stderr }));
    });
  }

  it(
    "--limit 2 scores every set through the server: the local run's figures plus requests, chunks, invented quotes dropped, invalid outputs and time",
    async () => {
      const before = fake.requests.length;
      const { code, stdout, stderr } = await run(["--provider", "openai", "--limit", "2"]);
      // In a clone without ../shared beside it the one thing said on stderr is that the dev set is skipped.
      const devNotice = /^eval:extraction: the shared development set was not found at [^\n]*; scoring the in-repo sets only\.\n/;
      expect(existsSync(sharedDev) ? stderr : stderr.replace(devNotice, "")).toBe("");
      if (!existsSync(sharedDev)) expect(stderr).toMatch(devNotice);
      expect(code).toBe(0);
      expect(stdout).toContain(`Remote provider: model ${MODEL} at ${fake.baseUrl}; parts of 3000 characters of cues with 2 cues of overlap; 2 request(s) in flight, 60 s each at most.`);
      expect(stdout).toMatch(/Leave-one-writer-out cross-validation: not run for a remote provider/);
      expect(stdout).not.toContain("sk-eval-test");

      const sets = [...(existsSync(sharedDev) ? ["dev"] : []), "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "train", "test"];
      const f = "\\d\\.\\d{3}";
      const scoreLine = new RegExp(
        `^(\\w+) \\(${MODEL}\\): decisions P ${f} R ${f} F1 (${f}) \\| actions P ${f} R ${f} F1 (${f}) \\| owner (${f}) due (${f}) \\| title F1 (${f}) \\(decisions ${f}\\) over 2 meetings$`,
        "gm",
      );
      const scored = [...stdout.matchAll(scoreLine)];
      expect(scored.map((m) => m[1])).toEqual(sets);
      const counts = [...stdout.matchAll(/^ {2}requests (\d+), chunks (\d+), invented quotes dropped (\d+), invalid outputs (\d+), duplicates merged (\d+), owners not participants (\d+), invalid due dates (\d+), failed meetings (\d+), (\d+\.\d) s$/gm)].map((m) =>
        m.slice(1).map(Number),
      );
      expect(counts).toHaveLength(sets.length);
      for (const [requests, chunks, invented, invalid, , , , failed] of counts) {
        // Each request is one part and carried exactly one invented quote, which was dropped.
        expect(chunks).toBeGreaterThanOrEqual(2);
        expect(requests).toBe(chunks);
        expect(invented).toBe(chunks);
        expect(invalid).toBe(0);
        expect(failed).toBe(0);
      }
      // At 3,000 characters per part the corpus meetings go in several parts each, so the overlap was merged somewhere.
      expect(counts.reduce((n, c) => n + (c[4] ?? 0), 0)).toBeGreaterThan(0);
      expect(fake.requests.length - before).toBe(counts.reduce((n, c) => n + (c[0] ?? 0), 0));
      expect(unrecognised).toEqual([]);
      // Echoing the gold labels through the whole pipeline scores (nearly) perfectly: anything lower is a plumbing bug.
      for (const m of scored) for (const figure of m.slice(2, 6)) expect(Number(figure)).toBeGreaterThanOrEqual(0.9);

      // The same sets again as a Markdown table.
      const table = stdout.slice(stdout.indexOf(`Summary (${MODEL}):`));
      expect(table).toContain("| set | meetings | decisions P / R / F1 | actions P / R / F1 | owner | due | title F1 | requests | chunks | invented quotes dropped | invalid outputs | failed | time |");
      expect(table.split("\n").filter((l) => /^\| (dev|holdout\d?|train|test) \| 2 \|/.test(l))).toHaveLength(sets.length);
    },
    180_000,
  );

  it("--sets and --json give one JSON line per set; bad arguments and a missing server configuration exit 2", async () => {
    const json = await run(["--provider", "openai", "--sets", "holdout2", "--limit", "1", "--json"]);
    expect(json.code).toBe(0);
    const lines = json.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ set: "holdout2", provider: MODEL, files: 1, decisions: { f1: expect.any(Number) }, remote: { failedMeetings: 0, invalidOutputs: 0 } });
    expect((lines[0]?.remote as { inventedQuotesDropped: number; chunks: number }).inventedQuotesDropped).toBe((lines[0]?.remote as { chunks: number }).chunks);

    const badSet = await run(["--provider", "openai", "--sets", "holdout9"]);
    expect(badSet.code).toBe(2);
    expect(badSet.stderr).toMatch(/unknown set\(s\) holdout9/);
    const noServer = await run(["--provider", "openai"], { AI_BASE_URL: "", AI_MODEL: "" });
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toMatch(/AI_BASE_URL: required when AI_PROVIDER=openai/);
    const localWithLimit = await run(["--limit", "2"]);
    expect(localWithLimit.code).toBe(2);
    expect(localWithLimit.stderr).toMatch(/go with --provider openai/);
  }, 120_000);
});
