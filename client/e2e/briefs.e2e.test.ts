import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, signIn, useBrowser, usersByRole, waitForDashboard, waitForLiveSubscription, type DevUser } from "./helpers";

/*
 * Pre-meeting briefs ("Inför mötet"). Each test makes its own meetings, eight days ahead: later than
 * the longest lead time (168 hours, which the demo seed sets), so the server's pre-brief sweep does
 * not write one first, and early enough to be among the dashboard's ten upcoming meetings. An earlier meeting on the same
 * matter, with a decision, gives the brief a link to that decision.
 */
const STAMP = Date.now().toString(36);
const MATTER = `Kvarnbron${STAMP}`;
const DECISION = `Kvarnbron ${STAMP} byggs om i två etapper.`;
const DAY = 86_400_000;
let editor: DevUser;
let token: string;
const made: string[] = [];

async function createMeeting(title: string, startsAt: Date, agendaItems: string[] = []): Promise<string> {
  const data = await gql<{ createMeeting: { meeting: { id: string } } }>(
    token,
    "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
    { input: { title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), agendaItems } },
  );
  made.push(data.createMeeting.meeting.id);
  return data.createMeeting.meeting.id;
}

async function generatePreBrief(meetingId: string): Promise<{ id: string; version: number }> {
  const data = await gql<{ generatePreBrief: { brief: { id: string; version: number } } }>(
    token,
    "mutation($input: GeneratePreBriefInput!) { generatePreBrief(input: $input) { brief { id version } } }",
    { input: { meetingId } },
  );
  return data.generatePreBrief.brief;
}

/** Eight days ahead: beyond any pre-brief lead time (at most 168 hours). */
function upcomingStart(): Date {
  const date = new Date(Date.now() + 8 * DAY);
  date.setUTCMinutes(0, 0, 0);
  return date;
}

const liveRegion = (page: Page) => page.getByTestId("live-region").innerText();

describe("pre-meeting briefs", () => {
  useBrowser();
  let earlierId: string;
  let decisionId: string;

  beforeAll(async () => {
    [editor] = (await usersByRole("EDITOR")) as [DevUser];
    expect(editor, "the seed has an editor").toBeDefined();
    token = await devToken(editor.id);
    earlierId = await createMeeting(`E2E ${MATTER} samråd`, new Date(Date.now() - 10 * DAY));
    const decision = await gql<{ createDecision: { decision: { id: string } } }>(
      token,
      "mutation($input: CreateDecisionInput!) { createDecision(input: $input) { decision { id } } }",
      { input: { meetingId: earlierId, text: DECISION } },
    );
    decisionId = decision.createDecision.decision.id;
  });

  afterAll(async () => {
    // Cancelled, so the meetings do not linger among other tests' upcoming meetings.
    for (const id of made) {
      await gql(token, "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }", { input: { id, status: "CANCELLED" } }).catch(() => undefined);
    }
  });

  it("(a) an editor updates the pre-brief on the meeting page; the same user's other open page gets each new version live", async () => {
    const title = `E2E inför-brief ${STAMP}`;
    const meetingId = await createMeeting(title, upcomingStart(), [MATTER]);
    const [{ page: pageA }, { page: pageB }] = await Promise.all([openAs(editor), openAs(editor)]);
    const subscribedA = waitForLiveSubscription(pageA, "MeetingBriefGenerated");
    const subscribedB = waitForLiveSubscription(pageB, "MeetingBriefGenerated");
    await Promise.all([pageA.goto(`/moten/${encodeURIComponent(meetingId)}`), pageB.goto(`/moten/${encodeURIComponent(meetingId)}`)]);
    const panelA = pageA.getByTestId("meeting-pre-brief");
    const panelB = pageB.getByTestId("meeting-pre-brief");
    await panelB.getByRole("heading", { level: 2, name: "Inför mötet" }).waitFor();
    expect(await panelB.locator(".empty").innerText()).toBe("Ingen inför-brief ännu.");
    await Promise.all([subscribedA, subscribedB]);
    await pageB.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    // A asks for it: rendered from Markdown under the panel's heading, with its version and time.
    await panelA.getByRole("button", { name: "Uppdatera inför-briefen" }).click();
    const briefA = panelA.getByTestId("pre-brief");
    await briefA.getByRole("heading", { level: 3, name: `Inför mötet: ${title}` }).waitFor();
    expect(await briefA.getAttribute("data-version")).toBe("1");
    expect(await briefA.locator(".meta").first().innerText()).toMatch(/^Förhandsbrief, version 1 · \S+ \d{1,2} \S+ \d{4} \d{2}:\d{2}$/);
    expect(await briefA.getByRole("heading", { level: 4, name: "Dagordning" }).count()).toBe(1);
    await expect.poll(() => liveRegion(pageA)).toBe("Inför-briefen version 1 är klar.");

    // B did nothing: the version arrives over briefGenerated.
    const briefB = panelB.getByTestId("pre-brief");
    await briefB.getByRole("heading", { level: 3, name: `Inför mötet: ${title}` }).waitFor({ timeout: 5_000 });
    expect(await briefB.getAttribute("data-version")).toBe("1");
    await expect.poll(() => liveRegion(pageB)).toBe("En ny version av inför-briefen har kommit: version 1.");

    // The meeting changes; A updates again: version 2 on both pages, B still without a reload.
    await gql(token, "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }", {
      input: { id: meetingId, agendaItems: [MATTER, "Övriga frågor"] },
    });
    await panelA.getByRole("button", { name: "Uppdatera inför-briefen" }).click();
    await expect.poll(() => briefA.getAttribute("data-version")).toBe("2");
    await expect.poll(() => briefB.getAttribute("data-version"), { timeout: 5_000 }).toBe("2");
    expect(await briefB.innerText()).toContain("Övriga frågor");
    expect(await panelB.getByTestId("pre-brief-version").locator("option").allInnerTexts()).toEqual([
      expect.stringMatching(/^Version 2 \(senaste\) – /),
      expect.stringMatching(/^Version 1 – /),
    ]);
    expect(await pageB.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");
    // The post-brief panel stands beside it, untouched.
    expect(await pageA.getByTestId("meeting-briefs").getByRole("heading", { level: 2, name: "Efter mötet" }).count()).toBe(1);

    for (const page of [pageA, pageB]) expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("(b) the brief's link to an earlier decision opens that meeting inside the app, scrolled to the decision", async () => {
    const title = `E2E underlag med beslut ${STAMP}`;
    const meetingId = await createMeeting(title, upcomingStart(), [MATTER]);
    await generatePreBrief(meetingId);
    const { page } = await openAs(editor);
    await page.goto(`/moten/${encodeURIComponent(meetingId)}`);
    const brief = page.getByTestId("pre-brief");
    await brief.getByRole("heading", { level: 4, name: "Tidigare beslut i samma fråga" }).waitFor();
    const item = brief.locator("li").filter({ hasText: DECISION });
    const link = item.getByRole("link", { name: "Se underlag" });
    expect(await link.getAttribute("href")).toBe(`/moten/${encodeURIComponent(earlierId)}#beslut-${encodeURIComponent(decisionId)}`);
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    await link.click();
    await page.waitForURL((url) => url.pathname === `/moten/${encodeURIComponent(earlierId)}` && url.hash === `#beslut-${decisionId}`);
    await page.getByRole("heading", { level: 1, name: `E2E ${MATTER} samråd` }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`beslut-${decisionId}`);
    const decision = page.locator(`[id="beslut-${decisionId}"]`);
    expect(await decision.innerText()).toContain(DECISION);
    const box = await decision.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height, "the decision is in view").toBe(true);
    // Inside the app: the same document, not a reload.
    expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("(c) the dashboard's Nya underlag lists a pre-brief written while the page is open, linking to the meeting", async () => {
    const title = `E2E nytt underlag ${STAMP}`;
    const startsAt = upcomingStart();
    const meetingId = await createMeeting(title, startsAt, ["Genomgång"]);
    // Signed in by hand: the dashboard's socket must be watched from the start.
    const { page } = await openAs(null);
    const subscribed = waitForLiveSubscription(page, "BriefNotice");
    await signIn(page, editor);
    await waitForDashboard(page);
    const panel = page.getByTestId("dashboard-briefs");
    await panel.getByRole("heading", { level: 2, name: "Nya underlag" }).waitFor();
    // The meeting is listed among the upcoming ones, without a brief yet.
    await page.locator(`[data-testid="upcoming-meetings"] a[href="/moten/${encodeURIComponent(meetingId)}"]`).waitFor();
    const notice = panel.locator(`[data-testid="brief-notice"][data-meeting-id="${meetingId}"]`);
    expect(await notice.count()).toBe(0);
    await subscribed;
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    // Written elsewhere (as the pre-brief job or another person would): it arrives live.
    await generatePreBrief(meetingId);
    await notice.waitFor({ timeout: 5_000 });
    const date = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", day: "numeric", month: "short", year: "numeric" }).format(startsAt);
    const link = notice.getByRole("link", { name: `Underlag klart inför ${title} (${date})` });
    expect(await link.getAttribute("href")).toBe(`/moten/${encodeURIComponent(meetingId)}`);
    expect(await notice.locator(".badge-new").innerText()).toBe("Nytt");
    expect(await notice.locator(".meta").innerText()).toMatch(/^Version 1, skrivet /);
    // Newest first.
    expect(await panel.getByTestId("brief-notice").first().getAttribute("data-meeting-id")).toBe(meetingId);
    await expect.poll(() => page.getByTestId("live-region").innerText()).toBe(`Underlag klart inför ${title}.`);
    expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");

    await link.click();
    await page.waitForURL((url) => url.pathname === `/moten/${encodeURIComponent(meetingId)}`);
    await page.getByTestId("pre-brief").getByRole("heading", { level: 3, name: `Inför mötet: ${title}` }).waitFor();

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
