import pg from "pg";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  devToken,
  gql,
  openAs,
  runServerJob,
  signIn,
  useBrowser,
  usersByRole,
  waitForLiveSubscription,
  type DevUser,
  type ServerJobs,
} from "./helpers";

/*
 * Nudges come from the `nudge-sweep` job. The tests make an item stalled by moving its
 * `updated_at` back in the server's database (nothing in the API can) and queue a sweep for the
 * server's own worker (runServerJob), so the new nudge is published inside the server and reaches
 * the open page live. Each test makes its own meeting (in the past, so it is not "upcoming") and
 * items, owned by one editor; the meeting's organiser is the admin who made it.
 */
const STAMP = Date.now().toString(36);
let jobs: ServerJobs;
let admin: DevUser;
let owner: DevUser;
let other: DevUser;
let adminToken: string;
let ownerToken: string;
let meetingId: string;
/** The owner's global id (the dev users' ids are database ids). */
let ownerGlobalId: string;
const made: string[] = [];

async function createItem(title: string): Promise<string> {
  const result = await gql<{ createActionItem: { actionItem: { id: string } } }>(
    adminToken,
    "mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } } }",
    { input: { meetingId, title, ownerId: ownerGlobalId } },
  );
  made.push(result.createActionItem.actionItem.id);
  return result.createActionItem.actionItem.id;
}

/** No progress for a month: due for a STALLED nudge at the next sweep. */
async function makeStalled(...titles: string[]): Promise<void> {
  const res = await jobs.pool.query("update action_items set updated_at = now() - interval '30 days' where title = any($1::text[])", [titles]);
  expect(res.rowCount).toBe(titles.length);
}

async function ownNudges(token: string): Promise<{ id: string; kind: string; answeredAt: string | null; actionItem: { title: string; blocked: { reason: string } | null } | null }[]> {
  const data = await gql<{ nudges: { nodes: Awaited<ReturnType<typeof ownNudges>> } }>(
    token,
    "{ nudges(first: 50) { nodes { id kind answeredAt actionItem { title blocked { reason } } } } }",
  );
  return data.nudges.nodes;
}

async function itemState(id: string): Promise<{ status: string; owner: { name: string } | null; blocked: { reason: string } | null }> {
  const data = await gql<{ node: { status: string; owner: { name: string } | null; blocked: { reason: string } | null } }>(
    adminToken,
    "query($id: ID!) { node(id: $id) { ... on ActionItem { status owner { name } blocked { reason } } } }",
    { id },
  );
  return data.node;
}

const nudgeIn = (page: Page, testId: string, title: string) => page.getByTestId(testId).getByTestId("nudge").filter({ hasText: title });
const bellCount = async (page: Page) => page.getByTestId("notifications-button").getAttribute("data-count");

describe("nudges (Aviseringar)", () => {
  useBrowser();

  beforeAll(async () => {
    const databaseUrl = inject("databaseUrl");
    expect(databaseUrl, "global-setup provides the server's database (set E2E_DATABASE_URL with E2E_BASE_URL)").toBeTruthy();
    jobs = { pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }), queue: inject("jobsQueue") };
    [admin] = (await usersByRole("ADMIN")) as [DevUser];
    const editors = await usersByRole("EDITOR");
    expect(admin && editors.length >= 2, "the seed has an admin and two editors").toBeTruthy();
    owner = editors[editors.length - 1]!;
    other = editors[0]!;
    adminToken = await devToken(admin.id);
    ownerToken = await devToken(owner.id);
    ownerGlobalId = (await gql<{ viewer: { user: { id: string } } }>(ownerToken, "{ viewer { user { id } } }")).viewer.user.id;
    const meeting = await gql<{ createMeeting: { meeting: { id: string } } }>(
      adminToken,
      "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
      { input: { title: `E2E påminnelser ${STAMP}`, startsAt: new Date(Date.now() - 7 * 86_400_000).toISOString() } },
    );
    meetingId = meeting.createMeeting.meeting.id;
  });

  afterAll(async () => {
    // Close what is left open, so later sweeps and other tests' lists do not pick the items up.
    for (const id of made) {
      await gql(adminToken, "mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { actionItem { id } } }", { input: { id } }).catch(() => undefined);
    }
    await jobs?.pool.end();
  });

  it("(a) a nudge from the sweep appears live on the dashboard and in the header; Klar marks the item done and the count drops", async () => {
    const title = `E2E ingen rörelse ${STAMP}`;
    const itemId = await createItem(title);
    // Signed in by hand: the dashboard's socket must be watched from the start.
    const { page } = await openAs(null);
    const subscribed = waitForLiveSubscription(page, "NudgesChanged");

    await signIn(page, owner);
    const panel = page.getByTestId("dashboard-nudges");
    await panel.locator('[data-testid="nudge"], .empty').first().waitFor();
    await subscribed;
    await expect.poll(() => bellCount(page)).not.toBe("");
    const before = Number(await bellCount(page));
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    // The page is open: now the item stalls and the server's sweep nudges its owner.
    await makeStalled(title);
    await runServerJob(jobs, "nudge-sweep");
    const nudge = nudgeIn(page, "dashboard-nudges", title);
    await nudge.waitFor({ timeout: 5_000 });
    expect(await nudge.getByTestId("nudge-reason").innerText()).toBe("Ingen rörelse på 48 arbetstimmar");
    expect(await nudge.getAttribute("data-unread")).toBe("true");
    await expect.poll(() => bellCount(page)).toBe(String(before + 1));
    const bell = page.getByTestId("notifications-button");
    expect(await bell.getAttribute("aria-label")).toBe(before + 1 === 1 ? "Aviseringar, 1 oläst" : `Aviseringar, ${before + 1} olästa`);
    expect(await bell.getAttribute("href")).toBe("/aviseringar");

    await nudge.getByRole("button", { name: `Klar: ${title}` }).click();
    await expect.poll(() => panel.getByTestId("dashboard-nudges-status").innerText()).toBe(`”${title}” är markerad som klar.`);
    await nudge.waitFor({ state: "detached" });
    await expect.poll(() => bellCount(page)).toBe(String(before));
    expect((await itemState(itemId)).status).toBe("DONE");
    // The item leaves the open list too, and nothing was reloaded.
    await page.locator(`[data-testid="open-action-items"] [data-testid="action-item"][data-id="${itemId}"]`).waitFor({ state: "detached" });
    expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("(b) on /aviseringar the owner blocks one nudge with a reason and snoozes another 1 dag; both then show as answered", async () => {
    const blockTitle = `E2E blockeras ${STAMP}`;
    const snoozeTitle = `E2E skjuts upp ${STAMP}`;
    const blockId = await createItem(blockTitle);
    await createItem(snoozeTitle);
    await makeStalled(blockTitle, snoozeTitle);
    await runServerJob(jobs, "nudge-sweep");

    const { page } = await openAs(owner);
    await page.getByTestId("notifications-button").click();
    await page.waitForURL((url) => url.pathname === "/aviseringar");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Aviseringar" }).count()).toBe(1);
    expect(await page.title()).toBe("Aviseringar – Postboxen");

    // Blockerad…: the reason is required.
    const blocked = nudgeIn(page, "nudges", blockTitle);
    await blocked.waitFor();
    expect(await blocked.getAttribute("data-unread")).toBe("true");
    await blocked.getByRole("button", { name: `Blockerad…: ${blockTitle}` }).click();
    const form = blocked.getByTestId("nudge-block-form");
    const reason = form.getByLabel("Orsak");
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByRole("button", { name: "Markera som blockerad" }).click();
    expect(await form.getByTestId("nudge-field-error").innerText()).toContain("Skriv vad som blockerar punkten.");
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    await reason.fill("Väntar på underlag från ekonomiavdelningen");
    await form.getByRole("button", { name: "Markera som blockerad" }).click();

    const status = page.getByTestId("nudges-status");
    await expect.poll(() => status.innerText()).toContain(`”${blockTitle}” är markerad som blockerad.`);
    expect(await status.getAttribute("role")).toBe("status");
    await blocked.getByTestId("nudge-answered").waitFor();
    expect(await blocked.getByTestId("nudge-answered").innerText()).toContain("Besvarad");
    expect(await blocked.getByRole("button").count()).toBe(0);
    expect(await blocked.getByTestId("nudge-block-reason").innerText()).toContain("Väntar på underlag från ekonomiavdelningen");
    // Focus went on to the next nudge to answer (or the list's heading), not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.matches(".nudge-title, #nudges-list-title") ?? false)).toBe(true);
    expect((await itemState(blockId)).blocked?.reason).toBe("Väntar på underlag från ekonomiavdelningen");
    // The meeting's organiser is told, with the reason.
    const toOrganiser = (await ownNudges(adminToken)).find((n) => n.kind === "BLOCKED" && n.actionItem?.title === blockTitle);
    expect(toOrganiser?.actionItem?.blocked?.reason).toBe("Väntar på underlag från ekonomiavdelningen");

    // Skjut upp → 1 dag.
    const snoozed = nudgeIn(page, "nudges", snoozeTitle);
    await snoozed.getByRole("button", { name: `Skjut upp…: ${snoozeTitle}` }).click();
    await snoozed.getByTestId("nudge-snooze-form").getByRole("button", { name: "1 dag", exact: true }).click();
    await expect.poll(() => status.innerText()).toBe(`Påminnelserna om ”${snoozeTitle}” är uppskjutna i 1 dag.`);
    await snoozed.getByTestId("nudge-answered").waitFor();
    expect(await snoozed.getByRole("button").count()).toBe(0);
    expect(await snoozed.getAttribute("data-unread")).toBe("false");

    // Olästa: answered nudges are read, so neither is listed there.
    await page.getByRole("group", { name: "Visa aviseringar" }).getByRole("button", { name: "Olästa" }).click();
    await page.waitForURL((url) => url.searchParams.get("visa") === "olasta");
    await page.getByTestId("nudge-list").locator('[data-testid="nudge"], [data-testid="nudges-empty"]').first().waitFor();
    expect(await nudgeIn(page, "nudges", blockTitle).count()).toBe(0);
    expect(await nudgeIn(page, "nudges", snoozeTitle).count()).toBe(0);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("(c) the organiser follows the e-mail link /aviseringar?nudge=<id>: it is shown, read, with the owner and the reason, and Lämna över… hands the item on", async () => {
    const title = `E2E till sammankallande ${STAMP}`;
    const itemId = await createItem(title);
    await makeStalled(title);
    await runServerJob(jobs, "nudge-sweep");
    const stalled = (await ownNudges(ownerToken)).find((n) => n.kind === "STALLED" && n.actionItem?.title === title);
    expect(stalled, "the owner was nudged").toBeDefined();
    await gql(ownerToken, "mutation($input: BlockNudgeInput!) { blockNudge(input: $input) { nudge { id } } }", {
      input: { id: stalled!.id, reason: "Saknar beslut från nämnden" },
    });
    const toOrganiser = (await ownNudges(adminToken)).find((n) => n.kind === "BLOCKED" && n.actionItem?.title === title);
    expect(toOrganiser, "the organiser was told").toBeDefined();

    const { page } = await openAs(admin);
    await page.goto(`/aviseringar?nudge=${encodeURIComponent(toOrganiser!.id)}`);
    const nudge = page.locator(`[data-testid="nudge"][data-id="${toOrganiser!.id}"]`);
    await nudge.waitFor();
    expect(await nudge.getAttribute("class")).toContain("is-highlighted");
    await expect.poll(() => nudge.getAttribute("data-unread")).toBe("false");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`nudge-${toOrganiser!.id}-title`);
    const text = await nudge.innerText();
    expect(text).toContain("Blockerad");
    expect(text).toContain(`Ansvarig: ${owner.name}`);
    expect(await nudge.getByTestId("nudge-block-reason").innerText()).toContain("Saknar beslut från nämnden");
    expect(await nudge.getByRole("button", { name: /^Klar/ }).count()).toBe(0);
    expect(await nudge.getByRole("link", { name: /^Öppna mötet/ }).getAttribute("href")).toBe(`/moten/${encodeURIComponent(meetingId)}`);

    await nudge.getByRole("button", { name: `Lämna över…: ${title}` }).click();
    const form = nudge.getByTestId("nudge-reassign-form");
    await form.getByRole("button", { name: "Lämna över", exact: true }).click();
    expect(await form.getByTestId("nudge-field-error").innerText()).toBe("Välj vem som ska ta över punkten.");
    await form.getByLabel("Ny ansvarig").selectOption({ label: other.name });
    await form.getByRole("button", { name: "Lämna över", exact: true }).click();
    await expect.poll(() => page.getByTestId("nudges-status").innerText()).toBe(`”${title}” är överlämnad till ${other.name}.`);
    await nudge.getByTestId("nudge-answered").waitFor();
    expect((await itemState(itemId)).owner?.name).toBe(other.name);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
