import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig, type Config } from "../src/config";
import { startApp, type AppOptions, type RunningApp } from "../src/app";
import { createLogger } from "../src/platform/logger";
import { createAuthenticator } from "../src/platform/auth";
import type { Database } from "../src/platform/db";
import { toGlobalId } from "../src/platform/ids";
import { Organization } from "../src/platform/identity/organization.entity";
import { Role, User } from "../src/platform/identity/user.entity";
import { Meeting } from "../src/modules/meetings/meeting.entity";
import { Stakeholder } from "../src/modules/stakeholders/stakeholder.entity";
import { ActionItem } from "../src/modules/decisions/action-item.entity";

export interface TestServer extends RunningApp {
  config: Config;
  /** Every JSON log line the server wrote, for tests that prove what logs never contain. */
  logs: string[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  tokenFor(user: User): Promise<string>;
  ws(token?: string): Client;
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string; problems?: { path: string[]; message: string }[] } }[];
}

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: "test",
    DATABASE_URL: inject("databaseUrl"),
    HOST: "127.0.0.1",
    PORT: "0",
    SEED_DEMO: "false",
    SERVE_CLIENT: "false",
    LOG_LEVEL: "info",
    RATE_LIMIT_PER_MINUTE: "100000",
    // Test servers share one database: each works its own queue, so one server's jobs (and its
    // AI provider) never run on another's worker.
    JOBS_QUEUE: `test-${randomUUID().slice(0, 8)}`,
    JOBS_POLL_MS: "200",
    // Scheduled sweeps (nudges, pre-briefs, calendars) run when a test asks (runNow), never by
    // themselves across the database the test files share.
    JOBS_SCHEDULES: "off",
    ...overrides,
  };
}

export async function startTestServer(overrides: Record<string, string> = {}, options: AppOptions = {}): Promise<TestServer> {
  const config = loadConfig(testEnv(overrides));
  const logs: string[] = [];
  const logger = createLogger(config.log.level, { write: (line) => void logs.push(line) });
  const app = await startApp(config, logger, options);
  const auth = createAuthenticator(config, app.db);
  const httpUrl = `http://127.0.0.1:${app.port}`;
  return {
    ...app,
    config,
    logs,
    async gql(query, variables, token) {
      const res = await fetch(`${httpUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async tokenFor(user) {
      return (await auth.signDevToken(user)).token;
    },
    ws(token) {
      return createClient({
        url: `ws://127.0.0.1:${app.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
    },
  };
}

export interface TestOrg {
  org: Organization;
  admin: User;
  editor: User;
  viewer: User;
  meeting: Meeting;
  stakeholder: Stakeholder;
  actionItem: ActionItem;
  ids: { meeting: string; stakeholder: string; actionItem: string; org: string };
}

/** A fresh organisation with one user per role, a meeting, a stakeholder and an open action item. */
export async function createOrg(db: Database, label = "Testkommun"): Promise<TestOrg> {
  const em = db.system();
  const suffix = randomUUID().slice(0, 8);
  const org = em.create(Organization, { name: `${label} ${suffix}`, slug: `test-${suffix}` });
  const user = (role: Role, name: string) =>
    em.create(User, { organization: org, role, name, email: `${role.toLowerCase()}-${suffix}@test.example` });
  const admin = user(Role.ADMIN, "Alma Admin");
  const editor = user(Role.EDITOR, "Edvin Editor");
  const viewer = user(Role.VIEWER, "Vera Viewer");
  const meeting = em.create(Meeting, { organization: org, title: "Styrgruppsmöte", startsAt: new Date(Date.now() + 86_400_000), agendaItems: ["Budget"] });
  const stakeholder = em.create(Stakeholder, { organization: org, name: "Stina Stakeholder", title: "Chef", email: `stina-${suffix}@test.example`, phone: "+46 70 000 00 00", notes: "Hemlig anteckning" });
  const actionItem = em.create(ActionItem, { organization: org, meeting, title: "Skicka protokollet", owner: editor, ownerName: editor.name, dueDate: "2020-01-01" });
  await em.flush();
  return {
    org,
    admin,
    editor,
    viewer,
    meeting,
    stakeholder,
    actionItem,
    ids: {
      meeting: toGlobalId("Meeting", meeting.id),
      stakeholder: toGlobalId("Stakeholder", stakeholder.id),
      actionItem: toGlobalId("ActionItem", actionItem.id),
      org: toGlobalId("Organization", org.id),
    },
  };
}

/** Collects the next `count` events of a subscription, or fails after `ms`. */
export function nextEvents<T>(client: Client, query: string, count: number, ms = 10_000): { ready: Promise<void>; events: Promise<T[]> } {
  const received: T[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  const events = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${received.length}/${count} events`)), ms);
    const unsubscribe = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          received.push(value as T);
          if (received.length >= count) {
            clearTimeout(timer);
            unsubscribe();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => undefined,
      },
    );
    // graphql-ws acknowledges the connection before the subscription is live on the server.
    client.on("connected", () => setTimeout(markReady, 150));
  });
  return { ready, events };
}
