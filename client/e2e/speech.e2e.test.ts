import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSttStub, verboseJson, type SttStub } from "../../server/test/stt-stub";
import { devToken, gql, openAs, useBrowser, usersByRole } from "./helpers";

/**
 * Speech-to-text end to end: a short Swedish recording made here with espeak-ng goes through the
 * UI to a second Postboxen server (same database as the suite's, its own job queue) configured
 * with STT_URL pointing at a local stand-in for the external speech-to-text service. The stand-in
 * is not a transcriber: it checks that it received a real RIFF/WAVE with a nonzero duration and the
 * OpenAI multipart fields, and answers, diarised, the segments of the text this test spoke. The
 * editor maps SPEAKER_00/01 to participants, and the transcript and an extracted action item appear.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const CHAIR_SAYS = "Vi inför den digitala anslagstavlan från första mars. Då bestämmer vi det.";
const OWNER_SAYS = "Jag tar det, jag skickar underlaget senast fredag.";

interface MeetingsData {
  meetings: { nodes: { id: string; title: string; sensitivity: string; participants: { id: string; consent: string; stakeholder: { name: string } }[] }[] };
}
const MEETINGS = `query { meetings(first: 100) { nodes { id title sensitivity participants { id consent stakeholder { name } } } } }`;

/** Serious or critical axe findings, and sideways scroll, on the page as it is now. */
async function a11yProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const problems = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
  return problems;
}

/** A NORMAL demo meeting where everyone consented, other than the ones other E2E files work on. */
async function consentingMeeting(token: string, pick: number) {
  const { meetings } = await gql<MeetingsData>(token, MEETINGS);
  const consenting = meetings.nodes.filter((m) => m.sensitivity === "NORMAL" && m.participants.length >= 2 && m.participants.every((p) => p.consent === "GRANTED") && m.title !== "Ledningsgrupp – veckomöte");
  expect(consenting.length, "the seed has NORMAL meetings where everyone consented").toBeGreaterThan(0);
  return consenting.at(-1 - (pick % consenting.length))!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let stt: SttStub;
let child: ChildProcess | null = null;
let tmp: string;
let wav: Buffer;
let previousBase: string | undefined;
let log = "";

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "postboxen-speech-"));
  const file = join(tmp, "mote.wav");
  const spoken = spawnSync("espeak-ng", ["-v", "sv", "-w", file, `${CHAIR_SAYS} ${OWNER_SAYS}`]);
  expect(spoken.status, `espeak-ng: ${spoken.stderr?.toString()}`).toBe(0);
  wav = readFileSync(file);

  stt = await startSttStub((seen) => {
    const real = seen.fileType === "audio/wav" && (seen.wavSeconds ?? 0) > 0.5;
    if (!real || seen.model !== "whisper-1" || seen.language !== "sv" || seen.responseFormat !== "verbose_json") {
      return { status: 400, body: JSON.stringify({ error: { message: "expected a WAV recording and the OpenAI fields" } }) };
    }
    const half = (seen.wavSeconds ?? 2) / 2;
    return { status: 200, body: verboseJson([{ start: 0, end: half, text: CHAIR_SAYS, speaker: "SPEAKER_00" }, { start: half, end: seen.wavSeconds!, text: OWNER_SAYS, speaker: "SPEAKER_01" }]) };
  });

  const databaseUrl = inject("databaseUrl");
  expect(databaseUrl, "global-setup provides the server's database").toBeTruthy();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    AUTH_MODE: "dev",
    SEED_DEMO: "false",
    SERVE_CLIENT: "true",
    DATABASE_URL: databaseUrl,
    JOBS_QUEUE: `e2e-speech-${port}`,
    STT_URL: stt.url,
    STT_LOCAL: "false",
  };
  delete env.NODE_ENV;
  delete env.E2E_BASE_URL;
  child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const collect = (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the speech server exited:\n${log}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the speech server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  // helpers.baseUrl() reads E2E_BASE_URL first: this file's pages and API calls go to the speech server.
  previousBase = process.env.E2E_BASE_URL;
  process.env.E2E_BASE_URL = url;
});

afterAll(async () => {
  if (previousBase === undefined) delete process.env.E2E_BASE_URL;
  else process.env.E2E_BASE_URL = previousBase;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await stt?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("speech-to-text", () => {
  useBrowser();

  it("uploads a Swedish recording, maps the diarised speakers, and shows the transcript and an extracted action item", async () => {
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    // Not the meeting transcript.e2e works on: each test leaves the others' meetings alone.
    const meeting = await consentingMeeting(token, 0);
    const names = meeting!.participants.map((p) => p.stakeholder.name);
    const [chair, owner] = [names[0]!, names[names.length - 1]!];

    const { page } = await openAs(editor!);
    await page.goto(`/moten/${encodeURIComponent(meeting!.id)}`);
    await page.getByRole("heading", { level: 1, name: meeting!.title }).waitFor();
    const section = page.getByTestId("meeting-transcript");
    const audio = section.getByTestId("audio-upload");
    await audio.getByRole("heading", { name: "Ladda upp ljud" }).waitFor();
    const submit = audio.getByRole("button", { name: "Ladda upp och transkribera" });
    expect(await submit.isDisabled()).toBe(true);
    await audio.getByLabel("Ljudfil (WAV, MP3, M4A eller OGG)").setInputFiles({ name: "styrgruppsmote.wav", mimeType: "audio/wav", buffer: wav });
    await expect.poll(() => audio.getByTestId("audio-selected").innerText()).toContain("styrgruppsmote.wav");
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();

    // The service's voices are labels, not people: the editor says who is who.
    const status = audio.getByTestId("speech-status");
    await expect.poll(() => status.getAttribute("data-status"), { timeout: 30_000 }).toBe("NEEDS_SPEAKERS");
    expect(await status.innerText()).toContain("Koppla talarna till deltagare");
    expect(stt.requests).toHaveLength(1);
    expect(stt.requests[0]).toMatchObject({ bytes: wav.length, fileType: "audio/wav", model: "whisper-1", language: "sv" });
    const mapping = audio.getByTestId("speech-speakers");
    const selects = mapping.getByTestId("speaker-select");
    await expect.poll(() => selects.count()).toBe(2);
    expect(await mapping.innerText()).toContain("SPEAKER_00");
    const save = mapping.getByRole("button", { name: "Spara transkriptet" });
    expect(await save.isDisabled()).toBe(true);
    expect(await a11yProblems(page)).toEqual([]);
    if (process.env.E2E_SHOTS_DIR) await section.screenshot({ path: join(process.env.E2E_SHOTS_DIR, "speech-panel-1280.png") });
    await selects.nth(0).selectOption({ label: chair });
    await selects.nth(1).selectOption({ label: owner });
    await save.click();
    await expect.poll(() => status.getAttribute("data-status"), { timeout: 30_000 }).toBe("SUCCEEDED");

    // The transcript is the meeting's, its analysis runs, and the commitment becomes an action item.
    const run = section.getByTestId("extraction-run");
    await expect.poll(() => run.getAttribute("data-status"), { timeout: 30_000 }).toBe("SUCCEEDED");
    await expect.poll(() => section.getByTestId("transcript-meta").innerText()).toContain("styrgruppsmote.vtt");
    const item = page.getByTestId("meeting-action-items").getByTestId("action-item").filter({ has: page.locator("blockquote", { hasText: OWNER_SAYS }) });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.innerText()).toContain(owner);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("explains, in Swedish, why a SENSITIVE meeting has no audio upload when the service is not local", async () => {
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    const { meetings } = await gql<MeetingsData>(token, MEETINGS);
    const sensitive = meetings.nodes.find((m) => m.sensitivity === "SENSITIVE");
    expect(sensitive, "the seed has a SENSITIVE meeting").toBeDefined();
    const before = stt.requests.length;
    const { page } = await openAs(editor!);
    await page.goto(`/moten/${encodeURIComponent(sensitive!.id)}`);
    const audio = page.getByTestId("meeting-transcript").getByTestId("audio-upload");
    const blocked = audio.getByTestId("audio-upload-blocked");
    await blocked.waitFor();
    expect(await blocked.innerText()).toContain("får bara skickas till en taltjänst som körs lokalt");
    expect(await audio.getByRole("button", { name: "Ladda upp och transkribera" }).count()).toBe(0);
    expect(stt.requests.length).toBe(before);
  });

  it("adds a voice as a new participant in one step, who needs consent before the transcript is kept", async () => {
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    const meeting = await consentingMeeting(token, 1);
    const chair = meeting.participants[0]!.stakeholder.name;
    const newName = `Gäst Talare ${Date.now() % 100000}`;
    const { page } = await openAs(editor!, { width: 390 });
    await page.goto(`/moten/${encodeURIComponent(meeting.id)}`);
    const audio = page.getByTestId("meeting-transcript").getByTestId("audio-upload");
    await audio.getByLabel("Ljudfil (WAV, MP3, M4A eller OGG)").setInputFiles({ name: "gast.wav", mimeType: "audio/wav", buffer: wav });
    await audio.getByRole("button", { name: "Ladda upp och transkribera" }).click();
    const status = audio.getByTestId("speech-status");
    await expect.poll(() => status.getAttribute("data-status"), { timeout: 30_000 }).toBe("NEEDS_SPEAKERS");

    const mapping = audio.getByTestId("speech-speakers");
    await mapping.getByTestId("speaker-select").nth(0).selectOption({ label: chair });
    // SPEAKER_01 is nobody on the list: added from here, by keyboard.
    await mapping.getByTestId("speaker-add").nth(1).click();
    await mapping.getByLabel("Namn på SPEAKER_01").fill(newName);
    await mapping.getByLabel("Namn på SPEAKER_01").press("Enter");
    await expect.poll(() => mapping.getByTestId("speaker-select").nth(1).inputValue()).not.toBe("");
    expect(await mapping.getByTestId("speaker-select").nth(1).locator("option:checked").innerText()).toBe(`${newName} (samtycke saknas)`);
    expect(await a11yProblems(page)).toEqual([]);
    if (process.env.E2E_SHOTS_DIR) await mapping.screenshot({ path: join(process.env.E2E_SHOTS_DIR, "speech-speakers-390.png") });
    // Without the new participant's consent the gate refuses, in Swedish, and the transcription waits.
    await mapping.getByRole("button", { name: "Spara transkriptet" }).click();
    await expect.poll(() => audio.getByTestId("audio-upload-error").innerText()).toMatch(/samtyck/i);
    expect(await status.getAttribute("data-status")).toBe("NEEDS_SPEAKERS");

    // Consent recorded; after a reload the page picks the waiting transcription up again.
    const { meetings } = await gql<MeetingsData>(token, MEETINGS);
    const guest = meetings.nodes.find((m) => m.id === meeting.id)!.participants.find((p) => p.stakeholder.name === newName)!;
    expect(guest.consent).toBe("PENDING");
    await gql(token, `mutation($input: SetParticipantConsentInput!) { setParticipantConsent(input: $input) { participant { id } } }`, { input: { participantId: guest.id, consent: "GRANTED" } });
    await page.reload();
    const again = page.getByTestId("meeting-transcript").getByTestId("speech-speakers");
    await again.getByTestId("speaker-select").nth(0).selectOption({ label: chair });
    await again.getByTestId("speaker-select").nth(1).selectOption({ label: newName });
    await again.getByRole("button", { name: "Spara transkriptet" }).click();
    await expect.poll(() => page.getByTestId("speech-status").getAttribute("data-status"), { timeout: 30_000 }).toBe("SUCCEEDED");
    const item = page.getByTestId("meeting-action-items").getByTestId("action-item").filter({ has: page.locator("blockquote", { hasText: OWNER_SAYS }) });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.innerText()).toContain(newName);

    // The guest leaves the meeting: the stored transcript now has a voice nobody stands for, and
    // the page offers the way out instead of a dead end — map it again and the analysis re-runs.
    await gql(token, `mutation($input: RemoveParticipantInput!) { removeParticipant(input: $input) { removedParticipantId } }`, { input: { participantId: guest.id } });
    await page.reload();
    const stored = page.getByTestId("meeting-transcript").getByTestId("stored-speakers");
    await stored.waitFor({ timeout: 15_000 });
    expect(await stored.innerText()).toContain("SPEAKER_01");
    const runBefore = await page.getByTestId("extraction-run").getAttribute("data-run-id");
    await stored.getByTestId("speaker-select").first().selectOption({ label: chair });
    await stored.getByRole("button", { name: "Spara kopplingen och analysera igen" }).click();
    await expect
      .poll(async () => ((await page.getByTestId("extraction-run").getAttribute("data-run-id")) !== runBefore ? page.getByTestId("extraction-run").getAttribute("data-status") : null), { timeout: 30_000 })
      .toBe("SUCCEEDED");
    await expect.poll(() => stored.count()).toBe(0);
  });
});
