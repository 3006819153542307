import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole, type DevUser } from "./helpers";

/**
 * The transcript viewer with a 3-hour meeting's worth of cues (10,000): it opens quickly a page at a
 * time, the filter finds a word anywhere in it, and a link to a cue far in opens that page with
 * focus on the cue. Screenshots go to /tmp/shots-structure/.
 */
const SHOTS = "/tmp/shots-structure";
const CUES = 10_000;
/** A word said once, late in the meeting. */
const RARE = "Kvittensordet";
const RARE_AT = 7_777;
const STAMP = Date.now().toString(36);

useBrowser();

let editor: DevUser;
let token: string;
let meetingId = "";

/** innerText with every run of white space (sv-SE groups digits with a no-break space) as one space. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();

const stamp = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [editor] = (await usersByRole("EDITOR")) as [DevUser];
  token = await devToken(editor.id);
  const me = await gql<{ viewer: { user: { id: string } } }>(token, "{ viewer { user { id } } }");
  const created = await gql<{ createMeeting: { meeting: { id: string } } }>(
    token,
    "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
    { input: { title: `E2E långt transkript ${STAMP}`, startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), agendaItems: ["Budget"] } },
  );
  meetingId = created.createMeeting.meeting.id;
  const added = await gql<{ addParticipant: { participant: { id: string } } }>(
    token,
    "mutation($input: AddParticipantInput!) { addParticipant(input: $input) { participant { id } } }",
    { input: { meetingId, userId: me.viewer.user.id } },
  );
  await gql(token, "mutation($input: SetParticipantConsentInput!) { setParticipantConsent(input: $input) { participant { id } } }", {
    input: { participantId: added.addParticipant.participant.id, consent: "GRANTED" },
  });
  const lines = Array.from({ length: CUES }, (_, i) => `[${stamp(i * 1_080)}] ${editor.name}: ${i === RARE_AT ? `${RARE} sägs bara här.` : `Replik nummer ${i + 1} om budgeten.`}`);
  await gql(token, "mutation($input: AttachTranscriptInput!) { attachTranscript(input: $input) { transcript { id segmentCount } } }", {
    input: { meetingId, content: `${lines.join("\n")}\n`, filename: "lang.txt" },
  });
});

afterAll(async () => {
  if (meetingId) await gql(token, "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }", { input: { id: meetingId, status: "CANCELLED" } }).catch(() => undefined);
});

describe("the transcript viewer with 10,000 cues", () => {
  it("opens a page at a time, finds a rare word anywhere, and jumps to a cue far in", async () => {
    const { page } = await openAs(editor);
    await page.goto(`/moten/${encodeURIComponent(meetingId)}`);
    const viewer = page.getByTestId("transcript-viewer");
    await viewer.getByRole("heading", { level: 2, name: "Transkriptet" }).waitFor();
    expect(await text(viewer)).toContain("10 000 repliker med talare och tid");

    const started = Date.now();
    await viewer.getByRole("button", { name: "Visa transkriptet" }).click();
    const cues = viewer.getByTestId("transcript-cue");
    await cues.first().waitFor();
    expect(await cues.count()).toBe(100);
    expect(await cues.first().locator("time").innerText()).toBe("00:00");
    // Every cue read within seconds (ten pages of a thousand), and the page still shows a hundred.
    await viewer.getByTestId("transcript-loading").waitFor({ state: "detached", timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await text(viewer.getByTestId("transcript-page"))).toBe("Sida 1 av 100 · repliker 1–100 av 10 000");
    await viewer.getByRole("button", { name: "Nästa" }).click();
    expect(await cues.first().getAttribute("data-index")).toBe("100");
    expect(await cues.first().locator("time").innerText()).toBe("01:48");

    // The filter searches all of it, not just the page.
    await viewer.getByLabel("Sök i transkriptet").fill(RARE.toLowerCase());
    await expect.poll(() => cues.count()).toBe(1);
    expect(await cues.first().getAttribute("data-index")).toBe(String(RARE_AT));
    expect(await cues.first().locator("mark.transcript-match").innerText()).toBe(RARE);
    expect(await viewer.getByTestId("transcript-match-count").innerText()).toBe("1 replik innehåller sökorden");
    expect(await viewer.getByTestId("transcript-pager").count()).toBe(0);

    // A link to a cue (as the evidence's "Visa i transkriptet" makes) opens its page with focus on it.
    await page.goto(`/moten/${encodeURIComponent(meetingId)}?segment=9999`);
    const target = viewer.locator('[data-testid="transcript-cue"].is-target');
    await target.waitFor({ timeout: 20_000 });
    expect(await target.getAttribute("data-index")).toBe("9999");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("transkript-9999");
    expect(await text(viewer.getByTestId("transcript-page"))).toBe("Sida 100 av 100 · repliker 9 901–10 000 av 10 000");
    expect(await target.locator("time").innerText()).toBe("2:59:58");
    expect(await viewer.getByLabel("Sök i transkriptet").inputValue()).toBe("");

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/meeting-transcript-long-${width}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      // The open viewer, with its marks, pager and focused cue, passes axe like every page.
      const results = await new AxeBuilder({ page }).include('[data-testid="transcript-viewer"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
      expect(blocking, `axe at ${width} px`).toEqual([]);
    }
  });
});
