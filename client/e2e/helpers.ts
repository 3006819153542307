import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, onTestFinished } from "vitest";

export interface DevUser {
  id: string;
  name: string;
  email: string | null;
  role: "VIEWER" | "EDITOR" | "ADMIN";
  organization: string;
}

export function baseUrl(): string {
  return (process.env.E2E_BASE_URL ?? inject("baseUrl")).replace(/\/+$/, "");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
  });
}

/** The browser of the test file running now, between useBrowser's beforeAll and afterAll. */
let fileBrowser: Browser | null = null;

/**
 * One Chromium for the test file (or the describe block it is called in): launched before its
 * tests, closed after them. Returns a getter for the few tests that need the browser itself;
 * pages come from `openAs`.
 */
export function useBrowser(): () => Browser {
  beforeAll(async () => {
    fileBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await fileBrowser?.close();
    fileBrowser = null;
  });
  return () => {
    if (!fileBrowser) throw new Error("no browser: call useBrowser() at the top of the test file");
    return fileBrowser;
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Who is signed in; null for a signed-out page. */
  user: DevUser | null;
  /** Uncaught errors in the page so far. */
  errors: string[];
  /** Closes the context now (it is closed at the end of the test anyway). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Viewport width in px (default 1280). */
  width?: number;
  /** Viewport height in px (default 900). */
  height?: number;
  /** Browser time zone (default Europe/Stockholm). */
  timezoneId?: string;
  /** A test that provokes page errors on purpose says so; otherwise they fail the test. */
  pageErrors?: "fail" | "ignore";
}

/**
 * A fresh context and page of the file's browser (see `useBrowser`), signed in through the UI as
 * `who`: a role (that role's first demo user), a user, or null for signed out. When the test
 * ends, its uncaught page errors are asserted empty and the context is closed.
 */
export async function openAs(who: DevUser["role"] | DevUser | null, options: OpenOptions = {}): Promise<OpenedPage> {
  if (!fileBrowser) throw new Error("no browser: call useBrowser() at the top of the test file");
  const user = typeof who === "string" ? ((await usersByRole(who))[0] ?? null) : who;
  if (typeof who === "string") expect(user, `the seed has a user with role ${who}`).not.toBeNull();
  const context = await fileBrowser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: "sv-SE",
    timezoneId: options.timezoneId ?? "Europe/Stockholm",
  });
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  let closed: Promise<void> | null = null;
  const close = () => (closed ??= context.close());
  onTestFinished(async () => {
    try {
      if (options.pageErrors !== "ignore") expect(errors, "uncaught errors in the page").toEqual([]);
    } finally {
      await close();
    }
  });
  if (user) await signIn(page, user);
  return { page, context, user, errors, close };
}

export async function devUsers(): Promise<DevUser[]> {
  const response = await fetch(`${baseUrl()}/auth/dev/users`);
  expect(response.ok).toBe(true);
  return (await response.json()) as DevUser[];
}

/**
 * The demo users of one organisation: the one with the most users (the seed may hold several
 * organisations; users of different organisations never see each other's data).
 */
export async function demoOrgUsers(): Promise<DevUser[]> {
  const users = await devUsers();
  const byOrg = new Map<string, DevUser[]>();
  for (const user of users) byOrg.set(user.organization, [...(byOrg.get(user.organization) ?? []), user]);
  const [largest] = [...byOrg.values()].sort((a, b) => b.length - a.length);
  expect(largest, "the server has demo users").toBeDefined();
  return largest!;
}

export async function usersByRole(role: DevUser["role"]): Promise<DevUser[]> {
  return (await demoOrgUsers()).filter((user) => user.role === role);
}

export async function devToken(userId: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/auth/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  expect(response.ok).toBe(true);
  const body = (await response.json()) as { token: string };
  return body.token;
}

/** A GraphQL request straight to the API (for finding test data and cleaning up). */
export async function gql<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Signs in through the UI by clicking the user's button on /logga-in, and waits for the dashboard. */
export async function signIn(page: Page, user: DevUser): Promise<void> {
  await page.goto("/logga-in");
  await page.getByRole("button", { name: new RegExp(escapeRegExp(user.name)) }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect.poll(() => page.getByRole("heading", { level: 1, name: "Översikt" }).count()).toBe(1);
}

/** Opens the account menu in the header (who is signed in, settings, explorer, sign-out). */
export async function openAccountMenu(page: Page): Promise<void> {
  // The header's account button appears once the viewer has loaded.
  const button = page.getByTestId("viewer-info").getByRole("button").first();
  await button.waitFor();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.locator("#account-panel").waitFor();
}

/** Goes to the settings the way a person does: the account menu, then Inställningar. */
export async function openSettingsFromMenu(page: Page): Promise<void> {
  await openAccountMenu(page);
  await page.locator("#account-panel").getByRole("link", { name: "Inställningar" }).click();
  await page.waitForURL((url) => url.pathname === "/installningar");
}

/** Waits until the dashboard's two lists have loaded (items, or their empty text). */
export async function waitForDashboard(page: Page): Promise<void> {
  const meetings = page.getByTestId("upcoming-meetings");
  const items = page.getByTestId("open-action-items");
  await meetings.locator('[data-testid="meeting-item"], .empty').first().waitFor();
  await items.locator('[data-testid="action-item"], .empty').first().waitFor();
}

/**
 * Resolves once the page's graphql-ws socket has sent a subscribe frame for the operation
 * (graphql-ws sends subscribe frames only after the server's connection_ack).
 */
export function waitForLiveSubscription(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) => {
    page.on("websocket", (ws) => {
      ws.on("framesent", (frame) => {
        const payload = String(frame.payload);
        if (payload.includes('"subscribe"') && payload.includes(operation)) resolve();
      });
    });
  });
}

/** Uncaught errors in the page, collected so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** What the server-side job helpers need: a pool on the server's database and its JOBS_QUEUE. */
export interface ServerJobs {
  pool: import("pg").Pool;
  queue: string;
}

/**
 * Queues one run of a job for the E2E server's own worker, the way the job runtime's
 * `enqueueMany` does (a `job_runs` row, an `agenda_jobs` row, a NOTIFY to wake the worker), and
 * waits until it has finished. Unlike `npm run job -- run <name>` in another process, the run
 * happens inside the server, so what it publishes (e.g. new nudges) reaches open pages live.
 */
export async function runServerJob({ pool, queue }: ServerJobs, jobName: string, data: Record<string, unknown> = {}, timeoutMs = 8_000): Promise<void> {
  const key = `${jobName}@e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const agendaName = `${queue}/${jobName}`;
  const payload = JSON.stringify(data);
  await pool.query(`insert into job_runs (queue, key, job_name, organization_id, status, data) values ($1, $2, $3, null, 'queued', $4)`, [queue, key, jobName, payload]);
  await pool.query(
    `with job as (
       insert into agenda_jobs (name, priority, next_run_at, type, data)
       values ($1, 0, now(), 'normal', jsonb_build_object('key', $2::text, 'data', $3::jsonb)) returning id
     )
     update job_runs j set agenda_id = job.id, updated_at = now() from job where j.queue = $4 and j.key = $2`,
    [agendaName, key, payload, queue],
  );
  const now = new Date().toISOString();
  await pool.query("select pg_notify('agenda_jobs', $1)", [JSON.stringify({ jobId: "", jobName: agendaName, nextRunAt: now, priority: 0, timestamp: now })]);
  await expect
    .poll(async () => (await pool.query<{ status: string }>("select status from job_runs where queue = $1 and key = $2", [queue, key])).rows[0]?.status, {
      timeout: timeoutMs,
      interval: 100,
      message: `${jobName} ran in the server`,
    })
    .toBe("succeeded");
}
