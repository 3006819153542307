import { mkdirSync } from "node:fs";
import pg from "pg";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { devToken, gql, openAs, openSettingsFromMenu, signIn, useBrowser, usersByRole, waitForLiveSubscription } from "./helpers";

const SHOTS = "/tmp/shots";
/** The demo organisation of the seed (server/src/modules/demo/demo-data.ts). */
const DEMO_ORG_SLUG = "sundsviks-kommun";
const JOB = "jobs.prune-history";
/** Keys of the rows this file makes, so that cleanup takes exactly those. */
const KEY_PREFIX = `${JOB}@e2e-${Date.now().toString(36)}`;
const NARROW = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

/*
 * Dead letters come from jobs that fail every attempt; nothing in the API makes one on purpose.
 * The test writes them straight into the server's database (global-setup provides its URL and
 * the server's JOBS_QUEUE): a dead `job_runs` row and its open `job_dead_letters` row, as the job
 * runtime's bury() leaves them. Such writes do not reach the page's subscription (only the
 * server's own changes do), so the page is loaded after them; liveness is tested with a change
 * the server makes (a replay through the API while the page is open).
 */
let pool: pg.Pool;
let queue: string;
let demoOrgId: string;

async function insertDeadLetter(suffix: string, opts: { system?: boolean; errorCode?: string; errorMessage?: string } = {}): Promise<string> {
  const key = `${KEY_PREFIX}-${suffix}`;
  const orgId = opts.system ? null : demoOrgId;
  await pool.query(
    `insert into job_runs (queue, key, job_name, organization_id, status, attempts, data, last_error_code, first_failed_at, started_at, finished_at)
     values ($1, $2, $3, $4, 'dead', 3, '{}', $5, now() - interval '2 hours', now() - interval '6 minutes', now() - interval '5 minutes')`,
    [queue, key, JOB, orgId, opts.errorCode ?? "TIMEOUT"],
  );
  await pool.query(
    `insert into job_dead_letters (queue, job_name, job_key, organization_id, data, error_code, error_message, attempts, first_failed_at, last_failed_at)
     values ($1, $3, $2, $4, '{}', $5, $6, 3, now() - interval '2 hours', now() - interval '5 minutes')`,
    [queue, key, JOB, orgId, opts.errorCode ?? "TIMEOUT", opts.errorMessage ?? "Timed out after 600000 ms"],
  );
  return key;
}

async function deadLetterStatus(key: string): Promise<string | undefined> {
  const res = await pool.query<{ status: string }>("select status from job_dead_letters where queue = $1 and job_key = $2", [queue, key]);
  return res.rows[0]?.status;
}

async function removeRows(key: string): Promise<void> {
  await pool.query("delete from job_dead_letters where queue = $1 and job_key = $2", [queue, key]);
  await pool.query("delete from job_runs where queue = $1 and key = $2", [queue, key]);
}

const deadLetterItem = (page: Page, key: string) => page.getByTestId("dead-letter").filter({ hasText: key });
const queueRow = (page: Page, jobName: string) => page.locator(`[data-testid="job-queue"][data-job="${jobName}"]`);

/** Opens the jobs page the way a person does: Inställningar in the main menu, then Jobb. */
async function openJobsFromMenu(page: Page): Promise<void> {
  await openSettingsFromMenu(page);
  await page.getByRole("navigation", { name: "Delar av inställningarna" }).getByRole("link", { name: "Jobb" }).click();
  await page.waitForURL((url) => url.pathname === "/installningar/jobb");
  await waitForJobsPage(page);
}

/** The queue table and the dead-letter list (items, or the empty text) have loaded. */
async function waitForJobsPage(page: Page): Promise<void> {
  await queueRow(page, JOB).waitFor();
  await page.getByTestId("dead-letters").locator('[data-testid="dead-letter"], [data-testid="dead-letters-empty"]').first().waitFor();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Full-page screenshots at 1280 px and 390 px; at 390 px the page must not scroll sideways. */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/jobs-${name}-1280.png`, fullPage: true });
  await page.setViewportSize(NARROW);
  await expect.poll(() => horizontalOverflow(page), { message: "no horizontal scroll at 390 px" }).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/jobs-${name}-390.png`, fullPage: true });
  await page.setViewportSize(WIDE);
}

describe("jobs (Inställningar → Jobb)", () => {
  useBrowser();
  const made: string[] = [];

  beforeAll(async () => {
    const databaseUrl = inject("databaseUrl");
    expect(databaseUrl, "global-setup provides the server's database (set E2E_DATABASE_URL with E2E_BASE_URL)").toBeTruthy();
    queue = inject("jobsQueue");
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    const org = await pool.query<{ id: string }>("select id from organizations where slug = $1", [DEMO_ORG_SLUG]);
    expect(org.rows[0], "the demo organisation is seeded").toBeDefined();
    demoOrgId = org.rows[0]!.id;
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    for (const key of made) await removeRows(key).catch(() => undefined);
    await pool?.end();
  });

  it("an admin opens Inställningar → Jobb and sees every job's queue and no dead letters", async () => {
    const [admin] = await usersByRole("ADMIN");
    // Signed in by hand: the socket that carries the subscription opens on the dashboard.
    const { page } = await openAs(null);
    const subscribed = waitForLiveSubscription(page, "JobQueuesChanged");
    await signIn(page, admin!);
    await openJobsFromMenu(page);
    await subscribed;
    expect(await page.getByRole("heading", { level: 1, name: "Inställningar" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Jobb", exact: true }).getAttribute("aria-current")).toBe("page");
    expect(await page.title()).toBe("Jobb – Inställningar – Postboxen");

    // Every job, with its counts under their Swedish column headers.
    const table = page.getByRole("table", { name: "Jobbköer" });
    for (const name of ["extract-meeting", "jobs.prune-history", "transcripts.requeue-runs"]) {
      expect(await queueRow(page, name).count(), `${name} is listed`).toBe(1);
    }
    for (const header of ["Jobb", "Schema", "I kö", "Pågår", "Misslyckade", "Döda", "Klara senaste dygnet"]) {
      expect(await table.getByRole("columnheader", { name: header, exact: true }).count(), `column ${header}`).toBe(1);
    }
    expect(await queueRow(page, JOB).innerText()).toContain("30 3 * * *");
    expect(await queueRow(page, "extract-meeting").innerText()).toContain("Vid behov");
    expect(await queueRow(page, JOB).getByTestId("job-count-dead").innerText()).toBe("0");
    expect(await page.getByTestId("jobs-live").innerText()).toContain("Uppdateras automatiskt");

    // No dead letters in a freshly seeded organisation.
    const empty = page.getByTestId("dead-letters-empty");
    await empty.waitFor();
    expect(await empty.innerText()).toBe("Inga döda jobb – allt har gått igenom.");
    await screenshots(page, "empty");

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("an admin replays one dead letter and discards another, each after a confirmation", async () => {
    const [admin] = await usersByRole("ADMIN");
    const replayKey = await insertDeadLetter("replay");
    made.push(replayKey);
    const { page } = await openAs(admin!);
    await page.goto("/installningar/jobb");
    await waitForJobsPage(page);

    const item = deadLetterItem(page, replayKey);
    await item.waitFor();
    const text = (await item.textContent()) ?? "";
    for (const part of [JOB, "TIMEOUT", "Timed out after 600000 ms", "Försök", "3", "Första fel", "Senaste fel"]) expect(text).toContain(part);
    // Swedish dates, e.g. "tis 3 feb. 2026 14:00".
    expect(text).toMatch(/(mån|tis|ons|tors|fre|lör|sön) \d{1,2} [a-zåäö]+\.? \d{4} \d{2}:\d{2}/);
    // The queue shows the dead run, emphasised.
    expect(await queueRow(page, JOB).getByTestId("job-count-dead").innerText()).toBe("1");
    expect(await queueRow(page, JOB).locator(".job-count.is-dead").count()).toBe(1);
    expect(await page.getByTestId("dead-letters-count").innerText()).toBe("Visar 1 av 1");
    await screenshots(page, "dead-letter");

    // Marks this document: a reload would lose it (the list must update without one).
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    // Kör igen → cancel first: nothing happens.
    await item.getByRole("button", { name: /^Kör igen: jobs\.prune-history/ }).click();
    const dialog = page.getByTestId("confirm-dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Köra jobbet igen?");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await deadLetterStatus(replayKey)).toBe("dead");

    // Kör igen → confirm: a success message, and the letter leaves the DEAD list.
    await item.getByRole("button", { name: /^Kör igen/ }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Kör igen", exact: true }).click();
    const status = page.getByTestId("dead-letters-status");
    await expect.poll(() => status.innerText()).toBe("jobs.prune-history har lagts i kön igen och körs strax.");
    expect(await status.getAttribute("role")).toBe("status");
    await item.waitFor({ state: "detached" });
    await page.getByTestId("dead-letters-empty").waitFor();
    await expect.poll(() => queueRow(page, JOB).getByTestId("job-count-dead").innerText()).toBe("0");
    expect(await deadLetterStatus(replayKey)).toBe("replayed");

    // A second one, discarded.
    const discardKey = await insertDeadLetter("discard", { errorCode: "UNEXPECTED", errorMessage: "Unexpected error (TypeError)" });
    made.push(discardKey);
    await page.reload();
    await waitForJobsPage(page);
    const second = deadLetterItem(page, discardKey);
    await second.waitFor();
    await second.getByRole("button", { name: /^Kasta: jobs\.prune-history/ }).click();
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Kasta det döda jobbet?");
    await dialog.getByRole("button", { name: "Kasta jobbet" }).click();
    await expect.poll(() => status.innerText()).toBe("Det döda jobbet jobs.prune-history har kastats.");
    await second.waitFor({ state: "detached" });
    await page.getByTestId("dead-letters-empty").waitFor();
    expect(await deadLetterStatus(discardKey)).toBe("discarded");

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("a replay made elsewhere reaches the open page live, without a reload", async () => {
    const [admin] = await usersByRole("ADMIN");
    const key = await insertDeadLetter("live");
    made.push(key);
    const { page } = await openAs(admin!);
    const subscribed = waitForLiveSubscription(page, "JobQueuesChanged");
    await page.goto("/installningar/jobb");
    await waitForJobsPage(page);
    await subscribed;
    const item = deadLetterItem(page, key);
    await item.waitFor();
    expect(await queueRow(page, JOB).getByTestId("job-count-dead").innerText()).toBe("1");
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    // Another session of an admin (here: the API with the admin's token) replays it.
    const token = await devToken(admin!.id);
    const list = await gql<{ deadLetters: { nodes: { id: string; jobKey: string }[] } }>(
      token,
      "{ deadLetters(first: 100) { nodes { id jobKey } } }",
    );
    const letter = list.deadLetters.nodes.find((node) => node.jobKey === key);
    expect(letter, "the API lists the dead letter").toBeDefined();
    // No wait needed after the subscribe frame: the server publishes queue changes 250 ms after them.
    await gql(token, "mutation($input: DeadLetterInput!) { replayDeadLetter(input: $input) { deadLetter { id status } } }", {
      input: { id: letter!.id },
    });

    await item.waitFor({ state: "detached", timeout: 15_000 });
    await expect.poll(() => queueRow(page, JOB).getByTestId("job-count-dead").innerText(), { timeout: 15_000 }).toBe("0");
    await expect.poll(() => page.getByTestId("jobs-live").innerText()).toMatch(/Senaste ändring \d{2}:\d{2}/);
    expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("a system job's dead letter is read-only and names the operators' command", async () => {
    const [admin] = await usersByRole("ADMIN");
    const key = await insertDeadLetter("system", { system: true });
    made.push(key);
    const { page } = await openAs(admin!);
    await page.goto("/installningar/jobb");
    await waitForJobsPage(page);
    const item = deadLetterItem(page, key);
    await item.waitFor();
    expect(await item.innerText()).toContain("Systemjobb");
    expect(await item.getByRole("button").count()).toBe(0);
    expect(await item.getByTestId("dead-letter-system-note").innerText()).toContain("npm run -s job -- run jobs.prune-history");
    await removeRows(key);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("an editor gets the settings' no-access answer on /installningar/jobb, and no job data", async () => {
    const { page } = await openAs("EDITOR");
    const operations: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST") operations.push(request.postData() ?? "");
    });
    await page.goto("/installningar/jobb");
    const noAccess = page.getByTestId("settings-no-access");
    await noAccess.waitFor();
    expect(await noAccess.innerText()).toContain("Du har inte behörighet");
    expect(await page.getByTestId("job-queues").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Jobb", exact: true }).count()).toBe(0);
    expect(operations.some((body) => body.includes("jobQueues") || body.includes("deadLetters"))).toBe(false);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
