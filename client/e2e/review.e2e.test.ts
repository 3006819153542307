import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole, type DevUser } from "./helpers";

/**
 * The review loop in the browser: a meeting whose transcript yields suggestions (the admin sets
 * the organisation's threshold high for the test, and puts it back after). The editor accepts one
 * with the keyboard, rejects one (and undoes it once), corrects one, sees each leave "Förslag att
 * granska" and the accepted ones join the lists, and finds the precision in Inställningar →
 * Mötesintelligens.
 */
const STAMP = Date.now().toString(36);

useBrowser();

let editor: DevUser;
let other: DevUser;
let editorToken = "";
let adminToken = "";
let meetingId = "";

function transcript(chair: string, member: string): string {
  return [
    "WEBVTT",
    "",
    "00:00:01.000 --> 00:00:05.000",
    `<v ${chair}>Välkomna. Första punkten är skyltningen vid entrén.</v>`,
    "",
    "00:00:06.000 --> 00:00:10.000",
    `<v ${member}>Vi har två förslag på bordet, A och B.</v>`,
    "",
    "00:00:11.000 --> 00:00:15.000",
    `<v ${chair}>Bra. Då bestämmer vi det: vi kör på förslag B.</v>`,
    "",
    "00:00:16.000 --> 00:00:20.000",
    `<v ${member}>Vem skickar protokollet till nämnden?</v>`,
    "",
    "00:00:21.000 --> 00:00:26.000",
    `<v ${chair}>Jag tar det, jag skickar protokollet senast fredag.</v>`,
    "",
    "00:00:27.000 --> 00:00:31.000",
    `<v ${member}>Jag bokar lokalen till nästa möte.</v>`,
    "",
  ].join("\n");
}

beforeAll(async () => {
  [editor] = (await usersByRole("EDITOR")) as [DevUser];
  const [admin] = (await usersByRole("ADMIN")) as [DevUser];
  other = admin;
  editorToken = await devToken(editor.id);
  adminToken = await devToken(admin.id);
  // Everything this extractor finds in the meeting below is under 0.95: all of it is a suggestion.
  await gql(adminToken, "mutation { updateReviewSettings(input: { suggestionThreshold: 0.95 }) { reviewSettings { suggestionThreshold } } }");
  const created = await gql<{ createMeeting: { meeting: { id: string } } }>(
    editorToken,
    "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
    { input: { title: `E2E granskning ${STAMP}`, startsAt: new Date(Date.now() - 86_400_000).toISOString(), agendaItems: ["Skyltning"] } },
  );
  meetingId = created.createMeeting.meeting.id;
  const { assignableUsers } = await gql<{ assignableUsers: { id: string; name: string }[] }>(editorToken, "{ assignableUsers { id name } }");
  for (const user of [editor, other]) {
    const userId = assignableUsers.find((u) => u.name === user.name)?.id;
    expect(userId, `${user.name} is an active user`).toBeDefined();
    const added = await gql<{ addParticipant: { participant: { id: string } } }>(editorToken, "mutation($input: AddParticipantInput!) { addParticipant(input: $input) { participant { id } } }", {
      input: { meetingId, userId },
    });
    await gql(editorToken, "mutation($input: SetParticipantConsentInput!) { setParticipantConsent(input: $input) { participant { id } } }", {
      input: { participantId: added.addParticipant.participant.id, consent: "GRANTED" },
    });
  }
  const attached = await gql<{ attachTranscript: { run: { id: string } } }>(editorToken, "mutation($input: AttachTranscriptInput!) { attachTranscript(input: $input) { run { id } } }", {
    input: { meetingId, content: transcript(editor.name, other.name), filename: "granskning.vtt" },
  });
  const runId = attached.attachTranscript.run.id;
  // The run goes through the job queue (expect.poll is for tests, not hooks).
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { extractionRun } = await gql<{ extractionRun: { status: string } }>(editorToken, "query($id: ID!) { extractionRun(id: $id) { status } }", { id: runId });
    if (extractionRun.status === "SUCCEEDED") break;
    if (extractionRun.status === "FAILED" || Date.now() > deadline) throw new Error(`extraction run ${extractionRun.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  if (adminToken) await gql(adminToken, "mutation { updateReviewSettings(input: { suggestionThreshold: 0.6 }) { reviewSettings { suggestionThreshold } } }").catch(() => undefined);
  if (meetingId) await gql(editorToken, "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }", { input: { id: meetingId, status: "CANCELLED" } }).catch(() => undefined);
});

describe("reviewing suggestions", () => {
  it("accepts with the keyboard, rejects (with undo), edits, and shows the precision in the settings", async () => {
    const { page } = await openAs(editor);
    await page.goto(`/moten/${encodeURIComponent(meetingId)}`);
    const panel = page.getByTestId("review-suggestions");
    await panel.getByRole("heading", { level: 2, name: /Förslag att granska/ }).waitFor();
    const suggestions = panel.getByTestId("suggestion");
    await expect.poll(() => suggestions.count()).toBe(3);
    expect(await panel.getByTestId("review-shortcuts").innerText()).toContain("A godkänn, E ändra, R avvisa, J nästa förslag, K föregående förslag");
    expect(await suggestions.first().locator(".badge-suggestion").innerText()).toBe("Förslag");
    // Suggestions are not facts: the lists are empty.
    expect(await page.getByTestId("meeting-decisions").getByTestId("decision").count()).toBe(0);
    expect(await page.getByTestId("meeting-action-items").getByTestId("action-item").count()).toBe(0);
    // Every verdict is a button in tab order.
    const first = suggestions.first();
    for (const name of ["Godkänn", "Ändra", "Avvisa"]) expect(await first.getByRole("button", { name: new RegExp(`^${name}`) }).count()).toBe(1);

    const axe = await new AxeBuilder({ page }).include('[data-testid="review-suggestions"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), "no sideways scroll at 390 px").toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Keyboard: focus the first suggestion, j to the next, k back, a accepts (it is the decision).
    const decisionText = (await first.getAttribute("data-text")) ?? "";
    expect(await first.getAttribute("data-kind")).toBe("decision");
    await first.focus();
    await expect.poll(() => page.getByTestId("live-region").innerText()).toContain("Kortkommandon");
    await page.keyboard.press("j");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("suggestion");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-kind"))).toBe("actionItem");
    await expect.poll(() => page.getByTestId("live-region").innerText()).toContain("Förslag 2 av 3");
    await page.keyboard.press("k");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-kind"))).toBe("decision");
    await page.keyboard.press("a");
    await expect.poll(() => suggestions.count()).toBe(2);
    await expect.poll(() => page.getByTestId("meeting-decisions").getByTestId("decision").count()).toBe(1);
    expect(await page.getByTestId("meeting-decisions").innerText()).toContain(decisionText);
    await expect.poll(() => page.getByTestId("live-region").innerText()).toContain("Förslaget är godkänt");
    // Focus moved on to the next suggestion.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("suggestion");

    // Reject one with its button; undo it once from the toast, then reject it again.
    const toReject = suggestions.first();
    const rejectedText = (await toReject.getAttribute("data-text")) ?? "";
    await toReject.getByRole("button", { name: /^Avvisa/ }).click();
    await expect.poll(() => suggestions.count()).toBe(1);
    const toast = page.getByTestId("toasts").locator("li").filter({ hasText: "Förslaget är avvisat" });
    await toast.getByRole("button", { name: /Ångra/ }).click();
    await expect.poll(() => suggestions.count()).toBe(2);
    await panel.locator(`[data-text="${rejectedText.replace(/"/g, '\\"')}"]`).getByRole("button", { name: /^Avvisa/ }).click();
    await expect.poll(() => suggestions.count()).toBe(1);
    expect(await page.getByTestId("meeting-action-items").innerText()).not.toContain(rejectedText);

    // Edit the last one with the keyboard (e), correct its title, save: accepted as corrected.
    await suggestions.first().focus();
    await page.keyboard.press("e");
    const title = panel.getByLabel("Vad ska göras");
    await title.waitFor();
    await title.fill("Boka stora salen till nästa möte");
    await panel.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => suggestions.count()).toBe(0);
    expect(await panel.innerText()).toContain("Inga förslag kvar att granska.");
    const items = page.getByTestId("meeting-action-items").getByTestId("action-item");
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain("Boka stora salen till nästa möte");

    // The settings: Mötesintelligens shows the precision of suggestions this week, as a chart and in words.
    await page.goto("/installningar");
    const section = page.getByTestId("settings-intelligence");
    await section.getByRole("heading", { level: 2, name: "Mötesintelligens" }).waitFor();
    const chart = section.getByTestId("review-precision-chart");
    await chart.waitFor({ timeout: 15_000 });
    // One line; a week with verdicts is a dot on it (this week's at least).
    await chart.locator("svg .recharts-line").first().waitFor({ state: "attached" });
    await expect.poll(() => chart.locator("svg circle.recharts-line-dot").count()).toBeGreaterThan(0);
    const summary = await chart.locator("figcaption").innerText();
    expect(summary).toMatch(/godkändes/);
    expect(summary).toMatch(/\d+ %/);
    const rows = chart.locator("table tbody tr");
    // This week: at least the three verdicts above (1 accepted, 1 edited, 1 rejected).
    const [, accepted, edited, rejected] = (await rows.last().locator("td, th").allTextContents()).map((c) => c.trim());
    expect(Number(accepted)).toBeGreaterThanOrEqual(1);
    expect(Number(edited)).toBeGreaterThanOrEqual(1);
    expect(Number(rejected)).toBeGreaterThanOrEqual(1);
    expect(await section.getByTestId("review-threshold-readonly").innerText()).toContain("95 %");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
