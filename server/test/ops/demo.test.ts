import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, validate } from "graphql";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { STEP_TITLES, demoTranscript, demoTranscriptSentences } from "../../src/cli/demo";
import { DEMO_STAKEHOLDERS, DEMO_USERS, SECOND_ORG_USERS } from "../../src/modules/demo/demo-data";
import { REPO_ROOT } from "../../src/platform/db";
import { looksLikeStackTrace, spawnServer, type ChildServer } from "../more-helpers";

/** A database of its own beside the run's test database (the demo needs the seed, the others must not see it). */
async function freshDatabase(tag: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(inject("databaseUrl"));
  const name = `${base.pathname.slice(1)}_${tag}`.slice(0, 63);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

async function sqlAt(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `node --import tsx server/src/cli/demo.ts --url <url>`, as `npm run demo -- --url <url>` runs it. */
function runDemo(url: string, ms = 120_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/demo.ts", "--url", url], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`demo did not finish within ${ms} ms:\n${stdout}\n${stderr}`));
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";
const stepLine = (stdout: string, n: number) => stdout.split("\n").find((l) => new RegExp(`^(ok |FEL) +${n}\\. `).test(l)) ?? "";
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/** Nothing of the transcript, and none of the seeded people's names, e-mail addresses, phone numbers or notes. */
function expectNoContent(output: string) {
  expect(output).not.toMatch(EMAIL);
  for (const sentence of demoTranscriptSentences()) expect(output).not.toContain(sentence);
  for (const person of [...DEMO_STAKEHOLDERS, ...DEMO_USERS, ...SECOND_ORG_USERS]) expect(output).not.toContain(person.name);
  for (const s of DEMO_STAKEHOLDERS) {
    expect(output).not.toContain(s.phone);
    if (s.notes) expect(output).not.toContain(s.notes);
  }
}

describe("the demo's documents", () => {
  const dir = join(REPO_ROOT, "docs/demo");
  const files = readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort();

  it("has one commented file of named operations per step, each valid against schema/schema.graphql", () => {
    expect(files).toHaveLength(STEP_TITLES.length);
    const schema = buildSchema(readFileSync(join(REPO_ROOT, "schema/schema.graphql"), "utf8"));
    for (const [i, file] of files.entries()) {
      expect(file.startsWith(String(i + 1).padStart(2, "0"))).toBe(true);
      const text = readFileSync(join(dir, file), "utf8");
      expect(text).toContain(`# Steg ${i + 1} — `);
      const document = parse(text);
      expect(validate(schema, document), file).toEqual([]);
      for (const d of document.definitions) expect(d.kind === Kind.OPERATION_DEFINITION && d.name?.value.startsWith("Demo"), file).toBe(true);
    }
  });

  it("gives the presenter the transcript the CLI sends, and says npm run demo is the same story", () => {
    const script = readFileSync(join(REPO_ROOT, "docs/DEMO_SCRIPT.md"), "utf8");
    const block = /^ {3}```\n( {3}WEBVTT\n[\s\S]*?)^ {3}```$/m.exec(script)?.[1] ?? "";
    const shown = block.replace(/^ {3}/gm, "").trim();
    expect(shown).toBe(demoTranscript("Karin Holm", "Per Åberg", "Lena Sjöberg").trim());
    expect(script).toMatch(/`npm run demo` is this same story, automated/);
    STEP_TITLES.forEach((title, i) => expect(script).toContain(`${i + 1}. **${title}**`));
  });
});

describe("npm run demo", () => {
  let seeded: ChildServer | undefined;
  let unseeded: ChildServer | undefined;
  let seededDb: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let unseededDb: Awaited<ReturnType<typeof freshDatabase>> | undefined;

  beforeAll(async () => {
    [seededDb, unseededDb] = await Promise.all([freshDatabase("demo"), freshDatabase("demo_empty")]);
    [seeded, unseeded] = await Promise.all([
      spawnServer({ DATABASE_URL: seededDb.url, SEED_DEMO: "true", AUTH_MODE: "dev" }, 120_000),
      spawnServer({ DATABASE_URL: unseededDb.url, SEED_DEMO: "false", AUTH_MODE: "dev" }, 120_000),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([seeded?.stop(), unseeded?.stop()]);
    await Promise.all([seededDb?.drop(), unseededDb?.drop()]);
  }, 60_000);

  it("walks the whole story through the public API, and passes again on the same database", async () => {
    for (const run of [1, 2]) {
      const { code, stdout, stderr } = await runDemo(seeded!.url);
      expect(code, `run ${run}:\n${stdout}\n${stderr}`).toBe(0);
      expect(lastLine(stdout)).toBe(`demo: ${STEP_TITLES.length} steps passed, 0 failed`);
      // One line per step, in order, each with its Swedish title.
      STEP_TITLES.forEach((title, i) => expect(stepLine(stdout, i + 1)).toContain(`ok  ${String(i + 1).padStart(2)}. ${title} — `));
      expect(stdout).toMatch(/SUCCEEDED på \d+,\d s/);
      expect(stdout).toMatch(/email, phone, notes undanhölls/);
      expectNoContent(stdout + stderr);
      expect(looksLikeStackTrace(stdout + stderr)).toBe(false);
    }
  }, 240_000);

  it("reports a broken step in plain words, runs the others, and exits non-zero", async () => {
    // No admin left to sign in as: the job queues step breaks, and only it.
    const deactivate = (active: boolean) =>
      sqlAt(seededDb!.url, `update users set active = ${active} where role = 'ADMIN' and organization_id = (select id from organizations where slug = 'sundsviks-kommun')`);
    await deactivate(false);
    try {
      const { code, stdout, stderr } = await runDemo(seeded!.url);
      expect(code, stdout).toBe(1);
      expect(lastLine(stdout)).toBe(`demo: ${STEP_TITLES.length - 1} steps passed, 1 failed`);
      expect(stepLine(stdout, STEP_TITLES.length)).toMatch(new RegExp(`^FEL +${STEP_TITLES.length}\\. .* steg ${STEP_TITLES.length} misslyckades: ingen aktiv administratör \\(ADMIN\\) i «Sundsviks kommun»`));
      expectNoContent(stdout + stderr);
      expect(looksLikeStackTrace(stdout + stderr)).toBe(false);
    } finally {
      await deactivate(true);
    }
  }, 120_000);

  it("fails every step with the reason against a server without the demo data, and no stack trace", async () => {
    const { code, stdout, stderr } = await runDemo(unseeded!.url);
    expect(code, stdout).toBe(1);
    expect(lastLine(stdout)).toBe(`demo: 0 steps passed, ${STEP_TITLES.length} failed`);
    expect(stepLine(stdout, 1)).toMatch(/^FEL +1\. Översikt — steg 1 misslyckades: ingen aktiv redaktör \(EDITOR\) i «Sundsviks kommun».*SEED_DEMO=true/);
    // Steps built on a failed one are skipped, not run; the others say why they could not sign in.
    expect(stepLine(stdout, 3)).toContain("hoppades över: steg 2 misslyckades");
    for (let n = 1; n <= STEP_TITLES.length; n++) expect(stepLine(stdout, n)).toMatch(/^FEL /);
    expect(looksLikeStackTrace(stdout + stderr)).toBe(false);
    expect(stderr).toBe("");
  }, 120_000);
});
