import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, devUsers, gql, openAs, useBrowser, usersByRole, waitForLiveSubscription, type DevUser } from "./helpers";

/*
 * Omvärldsbevakning end to end. The tests serve a tiny Atom feed on 127.0.0.1 (the E2E server
 * may fetch loopback: OUTBOUND_ALLOWLIST, or its development default with the demo seeded),
 * watch it as the demo organisation's admin — a topic naming the act's SFS number, a meeting
 * whose title the text names — and poll it through `pollRegwatchSource` while pages are open, so
 * the alerts are published inside the server and reach the pages live. The source is created
 * disabled: only the tests' own polls read it (the schedule would race them).
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** Letters only: one token for the Swedish full-text search, in the meeting title and the text. */
const STAMP = Array.from({ length: 7 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join("");
const SFS = `2099:${1000 + Math.floor(Math.random() * 8000)}`;
const TITLE = `Lag (${SFS}) om ändring i lagen (2016:1145) om offentlig upphandling`;
const SOURCE_LINK = `https://lagen.example/sfs/${SFS.replace(":", "-")}`;
const MEETING_TITLE = `Avtalsspärr ${STAMP}`;
const SOURCE_NAME = `E2E-flöde ${STAMP}`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The act as the feed states it in version 1 or 2: one paragraph removed, one added, two changed. */
function statute(version: 1 | 2): string {
  return [
    `Härigenom föreskrivs i fråga om lagen (2016:1145) om offentlig upphandling att paragraferna ska ha följande lydelse (${STAMP}).`,
    "1 kap.",
    ...(version === 1 ? ["4 § Med upphandling avses de åtgärder som vidtas i syfte att anskaffa varor, tjänster eller byggentreprenader."] : []),
    "4 kap.",
    ...(version === 2 ? ["3 a § En upphandlande myndighet ska beakta miljöhänsyn och sociala hänsyn vid offentlig upphandling."] : []),
    "12 kap.",
    `12 § En upphandlande myndighet ska snarast möjligt${version === 2 ? " och senast inom tre arbetsdagar" : ""} lämna skriftlig underrättelse om tilldelningsbeslut.`,
    "20 kap.",
    `3 § Avtal får inte ingås förrän ${version === 2 ? "femton" : "tio"} dagar har gått från underrättelsen (avtalsspärr).`,
    "Övergångsbestämmelser",
    `Denna lag träder i kraft den ${version === 2 ? "1 juli 2027" : "1 januari 2027"}.`,
  ].join("\n");
}

function atom(version: 1 | 2): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:e2e:${STAMP}</id><title>E2E</title><updated>2026-01-0${version}T00:00:00Z</updated>`,
    `<entry><id>urn:e2e:sfs:${SFS}</id><title>${esc(TITLE)}</title><link rel="alternate" href="${SOURCE_LINK}"/>`,
    `<published>2026-01-0${version}T00:00:00Z</published><updated>2026-01-0${version}T00:00:00Z</updated>`,
    `<content type="text">${esc(statute(version))}</content></entry></feed>`,
  ].join("\n");
}

let feedServer: Server;
let feedVersion: 1 | 2 = 1;
let admin: DevUser;
let editor: DevUser;
let outsider: DevUser;
let adminToken: string;
let sourceId: string;
let topicId: string;
let meetingId: string;
const alertIds: { first?: string; amended?: string } = {};

interface AlertRow {
  id: string;
  title: string;
  changeType: string;
  state: string;
  actionItem: { id: string; meeting: { id: string } | null } | null;
}

async function ownAlerts(token: string): Promise<AlertRow[]> {
  const data = await gql<{ regwatchAlerts: { nodes: AlertRow[] } }>(token, "{ regwatchAlerts(first: 100) { nodes { id title changeType state actionItem { id meeting { id } } } } }");
  return data.regwatchAlerts.nodes.filter((a) => a.title === TITLE);
}

async function poll(): Promise<{ status: string; errorCode: string | null; alerts: number }> {
  const data = await gql<{ pollRegwatchSource: { status: string; errorCode: string | null; alerts: number } }>(
    adminToken,
    "mutation($input: RegwatchSourceIdInput!) { pollRegwatchSource(input: $input) { status errorCode alerts } }",
    { input: { id: sourceId } },
  );
  return data.pollRegwatchSource;
}

const alertPath = (id: string) => `/omvarldsbevakning/${encodeURIComponent(id)}`;
const myCards = (page: Page) => page.getByTestId("regwatch-feed").getByTestId("regwatch-alert").filter({ hasText: TITLE });

describe("Omvärldsbevakning (regwatch)", () => {
  useBrowser();

  beforeAll(async () => {
    [admin] = (await usersByRole("ADMIN")) as [DevUser];
    [editor] = (await usersByRole("EDITOR")) as [DevUser];
    const all = await devUsers();
    outsider = all.find((u) => u.organization !== admin.organization)!;
    expect(outsider, "the demo seeds a second organisation").toBeDefined();
    adminToken = await devToken(admin.id);

    feedServer = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" });
      response.end(atom(feedVersion));
    });
    await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
    const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;

    const meeting = await gql<{ createMeeting: { meeting: { id: string } } }>(adminToken, "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }", {
      input: { title: MEETING_TITLE, startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), agendaItems: ["Tilldelning"] },
    });
    meetingId = meeting.createMeeting.meeting.id;
    const topic = await gql<{ createRegwatchTopic: { topic: { id: string } } }>(adminToken, "mutation($input: CreateRegwatchTopicInput!) { createRegwatchTopic(input: $input) { topic { id } } }", {
      input: { name: `E2E LOU ${STAMP}`, query: `SFS ${SFS}` },
    });
    topicId = topic.createRegwatchTopic.topic.id;
    try {
      const source = await gql<{ createRegwatchSource: { source: { id: string } } }>(adminToken, "mutation($input: CreateRegwatchSourceInput!) { createRegwatchSource(input: $input) { source { id } } }", {
        input: { name: SOURCE_NAME, kind: "ATOM", url: feedUrl, intervalMinutes: 60, enabled: false },
      });
      sourceId = source.createRegwatchSource.source.id;
    } catch (error) {
      if (String(error).includes("BLOCKED_ADDRESS")) throw new Error("The E2E server may not fetch 127.0.0.1: run it with OUTBOUND_ALLOWLIST=127.0.0.1 (global-setup passes it on).", { cause: error });
      throw error;
    }
  });

  afterAll(async () => {
    // The source takes its items, versions and alerts with it.
    if (sourceId) await gql(adminToken, "mutation($input: RegwatchSourceIdInput!) { deleteRegwatchSource(input: $input) { deletedSourceId } }", { input: { id: sourceId } }).catch(() => {});
    if (topicId) await gql(adminToken, "mutation($input: RegwatchTopicIdInput!) { deleteRegwatchTopic(input: $input) { deletedTopicId } }", { input: { id: topicId } }).catch(() => {});
    await new Promise((resolve) => feedServer?.close(resolve));
  });

  it("shows a new alert live at the top of the feed, announced, with why it matched", async () => {
    const { page } = await openAs(editor);
    const subscribed = waitForLiveSubscription(page, "RegwatchAlerts");
    await page.goto("/omvarldsbevakning");
    await subscribed;
    await page.getByTestId("regwatch-feed").locator('[data-testid="regwatch-alert"], [data-testid="regwatch-empty"]').first().waitFor();
    const topBefore = await page.getByTestId("regwatch-alert").first().getAttribute("data-id").catch(() => null);

    const first = await poll();
    expect(first).toMatchObject({ status: "OK", errorCode: null });
    expect(first.alerts).toBeGreaterThanOrEqual(1);
    const card = myCards(page);
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    alertIds.first = (await card.getAttribute("data-id"))!;
    await expect.poll(() => page.getByTestId("live-region").textContent()).toContain(`Ny ändring i omvärldsbevakningen: ${TITLE}`);
    if (topBefore) {
      const ids = await page.getByTestId("regwatch-alert").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-id")));
      expect(ids.indexOf(alertIds.first)).toBeLessThan(ids.indexOf(topBefore));
    }
    expect(await card.getByTestId("regwatch-severity").textContent()).toContain("Hög");
    expect(await card.getByTestId("regwatch-change-type").textContent()).toContain("Ny");
    expect(await card.getByTestId("regwatch-state").textContent()).toContain("Obehandlad");
    expect(await card.getByTestId("regwatch-identifier").textContent()).toBe(`SFS ${SFS}`);
    expect(await card.getByTestId("regwatch-in-force").textContent()).toBe("Träder i kraft 1 januari 2027");
    expect(await card.getByTestId("regwatch-why-topics").textContent()).toContain(`E2E LOU ${STAMP}`);
    expect(await card.getByTestId("regwatch-why-meeting").filter({ hasText: MEETING_TITLE }).getAttribute("href")).toBe(`/moten/${encodeURIComponent(meetingId)}`);
    await expect.poll(() => card.getByTestId("regwatch-arrived").count()).toBe(1);

    // The amended version: a second alert, also live. Scrolled down past the list's top (room
    // made below it, whatever else is listed), the user gets a way back up to it.
    await page.addStyleTag({ content: "body { padding-bottom: 4000px; }" });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    feedVersion = 2;
    expect(await poll()).toMatchObject({ status: "OK" });
    await expect.poll(() => myCards(page).count(), { timeout: 5_000 }).toBe(2);
    const hint = page.getByTestId("regwatch-new-hint");
    await expect.poll(() => hint.textContent()).toMatch(/^↑ \d+ nya? ändring(ar)? – visa$/);
    await hint.click();
    await expect.poll(() => hint.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("rw-feed-title");
    const amended = (await ownAlerts(adminToken)).find((a) => a.changeType === "AMENDED");
    expect(amended).toBeDefined();
    alertIds.amended = amended!.id;
    const amendedCard = page.locator(`[data-testid="regwatch-alert"][data-id="${alertIds.amended}"]`);
    expect(await amendedCard.getByTestId("regwatch-change-type").textContent()).toContain("Ändrad");
    expect(await amendedCard.getByTestId("regwatch-summary").textContent()).toMatch(/ändrade/);

  });

  /** Sets a filter checkbox and waits until it holds: the feed re-renders as the address changes, so one click can land mid-render. */
  const setFilter = async (page: Page, group: string, label: string, on: boolean) => {
    const box = page.getByRole("group", { name: group }).getByLabel(label);
    await expect
      .poll(
        async () => {
          if ((await box.isChecked()) !== on) await box.setChecked(on).catch(() => undefined);
          return box.isChecked();
        },
        { timeout: 10_000 },
      )
      .toBe(on);
  };

  it("applies the filters at once and keeps them in the address", async () => {
    const { page } = await openAs(editor);
    await page.goto("/omvarldsbevakning");
    await myCards(page).first().waitFor();
    await setFilter(page, "Allvarlighetsgrad", "Hög", true);
    await page.waitForURL((url) => url.searchParams.get("grad") === "hog");
    await setFilter(page, "Status", "Obehandlad", true);
    await page.waitForURL((url) => url.searchParams.get("status") === "ny");
    await expect.poll(() => myCards(page).count()).toBe(2);
    await page.reload();
    await myCards(page).first().waitFor();
    expect(await page.getByRole("group", { name: "Allvarlighetsgrad" }).getByLabel("Hög").isChecked()).toBe(true);
    await page.getByLabel("Bevakning").selectOption({ label: `E2E LOU ${STAMP}` });
    await page.waitForURL((url) => url.searchParams.get("bevakning") === topicId);
    await expect.poll(() => myCards(page).count()).toBe(2);
    await setFilter(page, "Allvarlighetsgrad", "Låg", true);
    await setFilter(page, "Allvarlighetsgrad", "Hög", false);
    await expect.poll(() => myCards(page).count()).toBe(0);
  });

  it("shows the section diff and the authentic source; Kvittera takes the alert off the dashboard's HIGH panel", async () => {
    expect(alertIds.amended, "the first test made the alerts").toBeTruthy();
    const id = alertIds.amended!;
    const { page: dashboard } = await openAs(editor);
    const subscribed = waitForLiveSubscription(dashboard, "RegwatchAlerts");
    await dashboard.goto("/");
    const panelItem = dashboard.getByTestId("dashboard-regwatch").locator(`[data-id="${id}"]`);
    await panelItem.waitFor();
    await subscribed;

    const { page } = await openAs(editor);
    await page.goto(alertPath(id));
    const detail = page.getByTestId("regwatch-detail");
    await detail.waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await detail.getByTestId("regwatch-in-force").first().textContent()).toBe("Träder i kraft 1 juli 2027");

    const source = page.getByTestId("regwatch-source-link");
    expect(await source.getAttribute("href")).toBe(SOURCE_LINK);
    expect(await source.getAttribute("target")).toBe("_blank");
    expect(await source.getAttribute("rel")).toContain("noopener");
    expect(await source.textContent()).toContain("Läs källan");

    const section = (name: string) => page.getByTestId("regwatch-diff-section").filter({ has: page.getByRole("heading", { name: new RegExp(`^${name.replace(/[.§]/g, "\\$&")}`) }) });
    expect(await section("12 kap. 12 §").getAttribute("data-change")).toBe("CHANGED");
    expect(await section("12 kap. 12 §").locator("ins").textContent()).toContain("och senast inom tre arbetsdagar");
    expect(await section("20 kap. 3 §").locator("del").textContent()).toContain("tio");
    expect(await section("20 kap. 3 §").locator("ins").textContent()).toContain("femton");
    expect(await section("1 kap. 4 §").getAttribute("data-change")).toBe("REMOVED");
    expect(await section("1 kap. 4 §").textContent()).toContain("Borttagen");
    expect(await section("4 kap. 3 a §").getAttribute("data-change")).toBe("ADDED");
    expect(await section("4 kap. 3 a §").textContent()).toContain("Tillagd");
    // Named for screen readers, not only by colour and lines.
    expect(await section("20 kap. 3 §").locator("del .visually-hidden").first().textContent()).toContain("borttaget");
    expect(await page.getByTestId("regwatch-versions").locator("li").count()).toBe(2);

    await page.getByRole("button", { name: `Kvittera: ${TITLE}` }).click();
    await expect.poll(() => page.getByTestId("regwatch-status").textContent()).toBe(`Kvitterad: ${TITLE}`);
    await expect.poll(() => detail.getAttribute("data-state")).toBe("ACKNOWLEDGED");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hantering");
    expect(await page.getByTestId("regwatch-acknowledge").count()).toBe(0);
    expect(await page.getByTestId("regwatch-triage-state").textContent()).toMatch(/^Kvitterad /);

    // The dashboard's panel hears of it and lets it go, without a reload.
    await expect.poll(() => panelItem.count(), { timeout: 5_000 }).toBe(0);
    expect((await ownAlerts(adminToken)).find((a) => a.id === id)?.state).toBe("ACKNOWLEDGED");
  });

  it("asks for a reason to dismiss, and assigns with an action item in a matched meeting", async () => {
    expect(alertIds.first, "the first test made the alerts").toBeTruthy();
    const id = alertIds.first!;
    const { page } = await openAs(editor);
    await page.goto(alertPath(id));
    await page.getByTestId("regwatch-detail").waitFor();

    const dismiss = page.getByTestId("regwatch-dismiss");
    await dismiss.click();
    const form = page.getByTestId("regwatch-dismiss-form");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await form.getByRole("button", { name: "Avfärda" }).click();
    expect(await form.getByTestId("regwatch-field-error").textContent()).toContain("Skriv varför");
    await page.keyboard.press("Escape");
    await expect.poll(() => form.count()).toBe(0);
    expect(await dismiss.evaluate((button) => button === document.activeElement)).toBe(true);

    await page.getByTestId("regwatch-assign").click();
    const assign = page.getByTestId("regwatch-assign-form");
    await assign.getByTestId("regwatch-assign-user").selectOption({ label: admin.name });
    await assign.getByTestId("regwatch-assign-create").check();
    await assign.getByTestId("regwatch-assign-meeting").selectOption({ value: meetingId });
    await assign.getByRole("button", { name: "Tilldela" }).click();
    await expect.poll(() => page.getByTestId("regwatch-status").textContent()).toBe(`${admin.name} följer upp och äger en åtgärd: ${TITLE}`);
    await expect.poll(() => page.getByTestId("regwatch-detail").getAttribute("data-state")).toBe("ASSIGNED");
    const stored = (await ownAlerts(adminToken)).find((a) => a.id === id);
    expect(stored?.actionItem?.meeting?.id).toBe(meetingId);

    await dismiss.click();
    await page.getByTestId("regwatch-dismiss-form").getByLabel("Varför berör den inte er?").fill("Gäller inte våra avtal.");
    await page.getByTestId("regwatch-dismiss-form").getByRole("button", { name: "Avfärda" }).click();
    await expect.poll(() => page.getByTestId("regwatch-detail").getAttribute("data-state")).toBe("DISMISSED");
    expect(await page.getByTestId("regwatch-triage-state").textContent()).toContain("Gäller inte våra avtal.");
  });

  it("lets an admin poll a source and add a topic in the settings, with the outcome in words", async () => {
    const { page } = await openAs(admin);
    await page.goto("/omvarldsbevakning/installningar");
    const source = page.getByTestId("regwatch-source").filter({ hasText: SOURCE_NAME });
    await source.waitFor();
    expect(await source.getByTestId("regwatch-source-health").textContent()).toContain("Fungerar");
    await source.getByRole("button", { name: `Hämta ${SOURCE_NAME} nu` }).click();
    await expect.poll(() => source.getByTestId("regwatch-source-outcome").textContent()).toBe(`${SOURCE_NAME} hämtad: inget nytt.`);
    // System-wide sources are listed read-only.
    const systemWide = page.getByTestId("regwatch-source").filter({ has: page.getByTestId("regwatch-source-read-only") });
    if ((await systemWide.count()) > 0) expect(await systemWide.first().getByRole("button").count()).toBe(0);

    const form = page.getByTestId("regwatch-topic-form");
    await form.getByLabel("Namn").fill(`Tillfällig ${STAMP}`);
    await form.getByLabel("Sökfråga").fill(`"förlängd avtalsspärr" ${STAMP}`);
    await form.getByLabel("Allvarlighetsgrad").selectOption("LOW");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await expect.poll(() => page.getByTestId("regwatch-topics-status").textContent()).toContain(`Tillfällig ${STAMP}`);
    const topic = page.getByTestId("regwatch-topic").filter({ hasText: `Tillfällig ${STAMP}` });
    expect(await topic.textContent()).toContain("Alltid Låg");
    await topic.getByRole("button", { name: `Ta bort bevakningen Tillfällig ${STAMP}` }).click();
    await page.getByTestId("confirm-dialog").getByRole("button", { name: "Ta bort" }).click();
    await expect.poll(() => topic.count()).toBe(0);
  });

  it("shows another organisation neither the alert nor its page", async () => {
    expect(alertIds.amended, "the first test made the alerts").toBeTruthy();
    const token = await devToken(outsider.id);
    expect(await ownAlerts(token)).toEqual([]);
    const node = await gql<{ node: unknown }>(token, "query($id: ID!) { node(id: $id) { id } }", { id: alertIds.amended });
    expect(node.node).toBeNull();

    const { page } = await openAs(outsider);
    await page.goto(alertPath(alertIds.amended!));
    await page.getByTestId("regwatch-not-found").waitFor();
    await page.goto("/omvarldsbevakning");
    await page.getByTestId("regwatch-feed").locator('[data-testid="regwatch-alert"], [data-testid="regwatch-empty"]').first().waitFor();
    expect(await myCards(page).count()).toBe(0);
  });
});
