/**
 * `npm run demo [-- --url <base>] [--start-server]`: the product's story, step by step, through the
 * public API only — GraphQL over HTTP and WebSocket, and the dev sign-in routes (/auth/dev) for
 * demo users. The operations are the `.graphql` files under docs/demo/.
 *
 * Against a running server (default http://127.0.0.1:4000, or --url). With no --url and nothing
 * answering there (or with --start-server) it starts `server/src/main.ts` as a child on a free
 * port, on the same defaults as `npm start` (DATABASE_URL when set, else the embedded PostgreSQL
 * under .data/postgres, seeded with the demo on first start), and stops it afterwards.
 *
 * One line per step, then `demo: N steps passed, M failed`; exit 1 when any step failed. It prints
 * counts, ids, statuses and timings, never transcript text, names or contact details.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Kind, parse, print, type DefinitionNode } from "graphql";
import { createClient, type Client } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const OPERATIONS_DIR = join(ROOT, "docs/demo");
const DEFAULT_URL = "http://127.0.0.1:4000";
/** The seeded demo organisations (server/src/modules/demo/demo-data.ts). */
const DEMO_ORG = "Sundsviks kommun";
const OTHER_ORG = "Länsstyrelsen i Norrvik";
const REQUEST_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 120_000;
const LIVE_TIMEOUT_MS = 15_000;
/** graphql-ws acknowledges the connection, not the subscription: give the server a moment to register it. */
const SUBSCRIPTION_SETTLE_MS = 300;
const EMBEDDED_PG_DEFAULT_PORT = 54329;

/** A failure worth one sentence: printed as it is, never with a stack. */
export class DemoError extends Error {
  override name = "DemoError";
}

/** A demo user could not be signed in: every later step that needs one fails the same way. */
class SignInError extends DemoError {
  override name = "SignInError";
}

// ── The transcript ────────────────────────────────────────────────────────────────────────────

/**
 * A short Teams WebVTT of a follow-up meeting: two decisions and two commitments with deadlines.
 * Its speakers are exactly the meeting's three participants (the consent gate matches full names);
 * the chair is `chair`, the others are addressed by first name.
 */
export function demoTranscript(chair: string, second: string, third: string): string {
  const first = (name: string) => name.split(" ")[0] ?? name;
  // [start in seconds, speaker, words]; every cue lasts five seconds.
  const cues: [number, string, string][] = [
    [2, chair, "Välkomna. Vi har två punkter i dag: lokalerna för fritidsgården och sommarjobben."],
    [9, second, "Hyresavtalet för fritidsgården löper ut i juni. Förvaltningen föreslår att vi förlänger med tre år."],
    [17, third, "Verksamheten vill stanna kvar, så det låter bra."],
    [22, chair, "Då är det beslutat: vi förlänger hyresavtalet för fritidsgården med tre år."],
    [28, chair, `${first(second)}, kan du skicka förlängningen till fastighetsbolaget?`],
    [34, second, "Ja, jag skickar den senast fredag."],
    [39, third, "Om sommarjobben: vi har pengar till fyrtio platser, samma som i fjol."],
    [47, chair, "Vi bestämmer att vi erbjuder fyrtio sommarjobb i år."],
    [53, third, "Jag tar fram annonsen och publicerar den före den femtonde."],
    [59, chair, "Bra. Tack allihopa, då avslutar vi mötet."],
  ];
  const time = (s: number) => `${[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, "0")).join(":")}.000`;
  return ["WEBVTT", "", ...cues.flatMap(([start, who, text]) => [`${time(start)} --> ${time(start + 5)}`, `<v ${who}>${text}`, ""])].join("\n");
}

/** The spoken sentences of the transcript (for tests: none of them may ever be printed). */
export function demoTranscriptSentences(): string[] {
  return demoTranscript("A B", "C D", "E F")
    .split("\n")
    .filter((line) => line.startsWith("<v "))
    .map((line) => line.replace(/^<v [^>]*>/, ""));
}

// ── Operations from docs/demo ─────────────────────────────────────────────────────────────────

const documents = new Map<string, readonly DefinitionNode[]>();

/** One named operation of a docs/demo file, printed on its own (the files hold several). */
export function operation(file: string, name: string): string {
  let definitions = documents.get(file);
  if (!definitions) {
    let text: string;
    try {
      text = readFileSync(join(OPERATIONS_DIR, file), "utf8");
    } catch {
      throw new DemoError(`docs/demo/${file} saknas`);
    }
    try {
      definitions = parse(text).definitions;
    } catch (error) {
      throw new DemoError(`docs/demo/${file} är inte giltig GraphQL (${error instanceof Error ? error.message : String(error)})`);
    }
    documents.set(file, definitions);
  }
  const op = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new DemoError(`docs/demo/${file} saknar operationen ${name}`);
  return print({ kind: Kind.DOCUMENT, definitions: [op] });
}

// ── HTTP and GraphQL ──────────────────────────────────────────────────────────────────────────

interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}
interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
}

function describeErrors(errors: readonly GqlError[]): string {
  const first = errors[0];
  if (!first) return "servern svarade med ett tomt fel";
  const more = errors.length > 1 ? ` och ${errors.length - 1} fel till` : "";
  return `servern svarade ${first.extensions?.code ?? "ett fel"} (${first.message})${more}`;
}

/** An HTTP answer that was not the one expected: its GraphQL-style error when it has one. */
function describeHttp(status: number, body: unknown): string {
  const errors = (body as { errors?: GqlError[] } | undefined)?.errors;
  return Array.isArray(errors) && errors.length ? `${describeErrors(errors)}, HTTP ${status}` : `servern svarade HTTP ${status}`;
}

function describeNetwork(error: unknown, url: string): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  if ((error as { name?: string })?.name === "TimeoutError") return `${url} svarade inte inom ${REQUEST_TIMEOUT_MS / 1000} s`;
  return `servern gick inte att nå på ${url}${cause?.code ? ` (${cause.code})` : ""}`;
}

async function request(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown; text: string }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    throw new DemoError(describeNetwork(error, url));
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text };
}

class Api {
  constructor(readonly base: string) {}

  /** A path under the base URL (which may itself have a path, behind a proxy). */
  endpoint(path: string): string {
    return new URL(path, this.base.endsWith("/") ? this.base : `${this.base}/`).toString();
  }

  get wsUrl(): string {
    const url = new URL(this.endpoint("graphql"));
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    return url.toString();
  }

  /** The response as it came: data and errors side by side (for partial results). */
  async raw<T>(token: string, file: string, name: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const query = operation(file, name);
    const { status, body } = await request(this.endpoint("graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables, operationName: name }),
    });
    const response = body as GqlResponse<T> | undefined;
    if (!response || typeof response !== "object" || (!response.data && !response.errors?.length)) throw new DemoError(`${name}: servern svarade HTTP ${status} utan GraphQL-svar`);
    return response;
  }

  /** The data of an operation that must succeed completely. */
  async run<T>(token: string, file: string, name: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.raw<T>(token, file, name, variables);
    if (response.errors?.length) throw new DemoError(describeErrors(response.errors));
    if (!response.data) throw new DemoError(`${name} gav inget svar`);
    return response.data;
  }
}

// ── Demo users through /auth/dev ──────────────────────────────────────────────────────────────

type Role = "ADMIN" | "EDITOR" | "VIEWER";
interface DevUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: string;
}
interface Session {
  userId: string;
  role: Role;
  token: string;
}

const ROLE_SV: Record<Role, string> = { ADMIN: "administratör", EDITOR: "redaktör", VIEWER: "läsare" };

class SignIn {
  private users?: Promise<DevUser[]>;
  private sessions = new Map<string, Promise<Session>>();

  constructor(private readonly api: Api) {}

  private list(): Promise<DevUser[]> {
    this.users ??= (async () => {
      const { status, body } = await request(this.api.endpoint("auth/dev/users"));
      if (status === 404) throw new SignInError(`servern har ingen inloggning för demoanvändare (GET /auth/dev/users svarade 404): demon kräver AUTH_MODE=dev`);
      if (status !== 200 || !Array.isArray(body)) throw new SignInError(`GET /auth/dev/users misslyckades: ${describeHttp(status, body)}`);
      return body as DevUser[];
    })();
    return this.users;
  }

  /** A signed-in demo user of `role` in `org` (the first by name), signed in once per run. */
  as(role: Role, org = DEMO_ORG): Promise<Session> {
    const key = `${org}/${role}`;
    let session = this.sessions.get(key);
    if (!session) {
      session = this.signIn(role, org);
      this.sessions.set(key, session);
    }
    return session;
  }

  /** Any organisation but the demo's, preferring the second seeded one. */
  async otherOrganization(): Promise<string> {
    const orgs = [...new Set((await this.list()).map((u) => u.organization))].filter((o) => o !== DEMO_ORG);
    const org = orgs.includes(OTHER_ORG) ? OTHER_ORG : orgs[0];
    if (!org) throw new SignInError(`/auth/dev/users har inga användare i någon annan organisation än «${DEMO_ORG}» — är demodatan seedad (SEED_DEMO=true)?`);
    return org;
  }

  private async signIn(role: Role, org: string): Promise<Session> {
    const members = (await this.list()).filter((u) => u.organization === org);
    const user = members.filter((u) => u.role === role).sort((a, b) => a.name.localeCompare(b.name, "sv"))[0];
    if (!user) {
      const hint = members.length ? `organisationen har ${members.length} aktiva användare, men ingen med den rollen` : "är demodatan seedad (SEED_DEMO=true)?";
      throw new SignInError(`ingen aktiv ${ROLE_SV[role]} (${role}) i «${org}» bland demoanvändarna (GET /auth/dev/users) — ${hint}`);
    }
    const { status, body } = await request(this.api.endpoint("auth/dev/token"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: user.id }),
    });
    const token = (body as { token?: unknown } | undefined)?.token;
    if (status !== 200 || typeof token !== "string") throw new SignInError(`inloggningen som ${ROLE_SV[role]} misslyckades (POST /auth/dev/token): ${describeHttp(status, body)}`);
    return { userId: user.id, role, token };
  }
}

// ── Subscriptions ─────────────────────────────────────────────────────────────────────────────

function describeClose(event: unknown): string {
  const close = event as { code?: number; reason?: string } | undefined;
  if (close && typeof close.code === "number") return `WebSocket stängdes av servern (${close.code}${close.reason ? `: ${close.reason}` : ""})`;
  if (Array.isArray(event)) return describeErrors(event as GqlError[]);
  if (event instanceof Error) return `WebSocket-fel: ${event.message || event.name}`;
  return "WebSocket-fel";
}

interface Live<T> {
  /** Resolves once the connection is acknowledged and the subscription had time to register. */
  ready: Promise<void>;
  /** The next event (in order, from the first) that satisfies `accept`; every event passes `seen` first. */
  waitFor(accept: (event: T) => boolean, ms: number, what: string, seen?: (event: T) => void): Promise<T>;
  close(): Promise<void>;
}

function subscribe<T>(api: Api, token: string, file: string, name: string, variables: Record<string, unknown> = {}): Live<T> {
  const query = operation(file, name);
  const events: T[] = [];
  let failure: DemoError | undefined;
  let completed = false;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  const client: Client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 0,
    shouldRetry: () => false,
  });
  const ready = new Promise<void>((resolveReady, rejectReady) => {
    const timer = setTimeout(() => rejectReady(new DemoError(`WebSocket ${api.wsUrl} svarade inte inom ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
    client.on("connected", () => {
      clearTimeout(timer);
      setTimeout(resolveReady, SUBSCRIPTION_SETTLE_MS);
    });
    client.on("closed", (event) => {
      clearTimeout(timer);
      rejectReady(failure ?? new DemoError(describeClose(event)));
    });
    client.on("error", (error) => {
      clearTimeout(timer);
      rejectReady(new DemoError(`WebSocket ${api.wsUrl} gick inte att öppna (${describeNetwork(error, api.wsUrl)})`));
    });
  });
  ready.catch(() => undefined);
  client.subscribe<T>(
    { query, variables, operationName: name },
    {
      next: (value) => {
        if (value.errors?.length) failure ??= new DemoError(describeErrors(value.errors as GqlError[]));
        else if (value.data) events.push(value.data as T);
        wake();
      },
      error: (error) => {
        failure ??= new DemoError(describeClose(error));
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    ready,
    async waitFor(accept, ms, what, seen) {
      const deadline = Date.now() + ms;
      let index = 0;
      for (;;) {
        while (index < events.length) {
          const event = events[index++] as T;
          seen?.(event);
          if (accept(event)) return event;
        }
        if (failure) throw failure;
        if (completed) throw new DemoError(`prenumerationen ${name} avslutades innan ${what}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new DemoError(`${what} kom inte över prenumerationen ${name} inom ${ms / 1000} s`);
        await new Promise<void>((wakeUp) => {
          const done = () => {
            clearTimeout(timer);
            waiters.delete(done);
            wakeUp();
          };
          const timer = setTimeout(done, left);
          waiters.add(done);
        });
      }
    },
    async close() {
      await client.dispose();
    },
  };
}

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

const seconds = (ms: number) => `${(ms / 1000).toLocaleString("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
const todayInStockholm = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
/** A global id that certainly exists nowhere (ids are opaque to clients; this one is made to look like a meeting's). */
const madeUpMeetingId = () => Buffer.from(`Meeting:${randomUUID()}`, "utf8").toString("base64url");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Two words or more, letters and hyphens: a name the transcript can carry as a speaker label. */
const SPEAKABLE = /^\p{L}[\p{L}'-]*( \p{L}[\p{L}'-]*)+$/u;

// ── The story ─────────────────────────────────────────────────────────────────────────────────

interface Step {
  title: string;
  /** Steps whose results this one builds on. */
  needs?: number[];
  run(): Promise<string>;
}

interface State {
  meetingId?: string;
  participantNames?: string[];
  transcript?: string;
  run?: { id: string; decisionCount: number; actionItemCount: number };
  openActionItemIds?: string[];
}

/** The titles of the steps, in order (the test checks the output against them). */
export const STEP_TITLES = [
  "Översikt",
  "Möte med deltagare och samtycke",
  "Transkript och analys, live",
  "Beslut och åtgärder med belägg",
  "Slutför en åtgärd, live hos en kollega",
  "Efterhandsbrief",
  "Upphandlingssimulering",
  "Läsarens begränsade vy av en intressent",
  "En annan organisations id svarar som ett saknat",
  "Administratörens jobbköer",
] as const;

function story(api: Api, users: SignIn): Step[] {
  const state: State = {};
  const suffix = `${new Date().toISOString().slice(0, 16).replace("T", " ")} #${randomBytes(2).toString("hex")}`;

  const steps: Omit<Step, "title">[] = [
    // 1. Översikt
    {
      async run() {
        const editor = await users.as("EDITOR");
        const now = new Date();
        now.setSeconds(0, 0);
        const data = await api.run<{
          viewer: { role: string };
          upcomingMeetings: { totalCount: number; nodes: { id: string; startsAt: string }[] };
          openActionItems: { totalCount: number; nodes: { isOverdue: boolean }[] };
          overdueActionItems: { totalCount: number };
        }>(editor.token, "01-oversikt.graphql", "DemoDashboard", { now: now.toISOString() });
        const next = data.upcomingMeetings.nodes[0];
        return [
          `som ${data.viewer.role}: ${plural(data.upcomingMeetings.totalCount, "kommande möte", "kommande möten")}${next ? ` (nästa ${next.id}, ${next.startsAt})` : ""}`,
          `${plural(data.openActionItems.totalCount, "öppen åtgärd", "öppna åtgärder")}, varav ${data.overdueActionItems.totalCount} försenade`,
        ].join(", ");
      },
    },
    // 2. Möte med deltagare och samtycke
    {
      async run() {
        const editor = await users.as("EDITOR");
        const { stakeholders } = await api.run<{ stakeholders: { totalCount: number; nodes: { id: string; name: string }[] } }>(
          editor.token,
          "02-mote-och-samtycke.graphql",
          "DemoStakeholders",
          { first: 50 },
        );
        // Three stakeholders whose full names can be speaker labels, with different first names
        // (the transcript addresses one of them by first name).
        const chosen: { id: string; name: string }[] = [];
        for (const s of stakeholders.nodes) {
          const firstName = s.name.split(" ")[0];
          if (SPEAKABLE.test(s.name) && !chosen.some((c) => c.name.split(" ")[0] === firstName)) chosen.push(s);
          if (chosen.length === 3) break;
        }
        if (chosen.length < 3) throw new DemoError(`organisationen har för få intressenter att bjuda in (${chosen.length} av 3 behövs)`);
        const startsAt = new Date(Date.now() - 60 * 60_000);
        startsAt.setSeconds(0, 0);
        const { createMeeting } = await api.run<{ createMeeting: { meeting: { id: string; status: string } } }>(
          editor.token,
          "02-mote-och-samtycke.graphql",
          "DemoCreateMeeting",
          {
            input: {
              title: `Demo: uppföljning av fritidsgården och sommarjobben (${suffix})`,
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 60 * 60_000).toISOString(),
              location: "Teams",
              agendaItems: ["Fritidsgårdens lokaler", "Sommarjobb"],
            },
          },
        );
        const meetingId = createMeeting.meeting.id;
        const roles = ["Ordförande", null, "Sekreterare"];
        const consents: string[] = [];
        for (const [i, stakeholder] of chosen.entries()) {
          const { addParticipant } = await api.run<{ addParticipant: { participant: { id: string; consent: string } } }>(
            editor.token,
            "02-mote-och-samtycke.graphql",
            "DemoAddParticipant",
            { input: { meetingId, stakeholderId: stakeholder.id, role: roles[i] } },
          );
          const { setParticipantConsent } = await api.run<{ setParticipantConsent: { participant: { consent: string } } }>(
            editor.token,
            "02-mote-och-samtycke.graphql",
            "DemoGrantConsent",
            { participantId: addParticipant.participant.id },
          );
          if (setParticipantConsent.participant.consent !== "GRANTED") throw new DemoError(`samtycket blev ${setParticipantConsent.participant.consent}, inte GRANTED`);
          consents.push(`${addParticipant.participant.consent} → ${setParticipantConsent.participant.consent}`);
        }
        state.meetingId = meetingId;
        state.participantNames = chosen.map((c) => c.name);
        return `möte ${meetingId} (${createMeeting.meeting.status}), ${chosen.length} deltagare ur ${stakeholders.totalCount} intressenter, samtycke ${[...new Set(consents)].join(", ")} för alla`;
      },
    },
    // 3. Transkript och analys, live
    {
      needs: [2],
      async run() {
        const editor = await users.as("EDITOR");
        const meetingId = state.meetingId as string;
        const [chair, second, third] = state.participantNames as [string, string, string];
        const content = demoTranscript(chair, second, third);
        type RunEvent = { extractionRunChanged: { id: string; status: string; progress: number; failureCode: string | null; failureReason: string | null; decisionCount: number | null; actionItemCount: number | null } | null };
        const live = subscribe<RunEvent>(api, editor.token, "03-transkript-och-analys.graphql", "DemoExtractionProgress", { meetingId });
        try {
          await live.ready;
          const started = Date.now();
          const { attachTranscript } = await api.run<{
            attachTranscript: { transcript: { id: string; format: string; segmentCount: number; speakerCount: number }; run: { id: string; status: string } };
          }>(editor.token, "03-transkript-och-analys.graphql", "DemoAttachTranscript", { input: { meetingId, content, filename: "uppfoljning.vtt" } });
          const { transcript, run } = attachTranscript;
          if (transcript.speakerCount !== 3) throw new DemoError(`transkriptet fick ${transcript.speakerCount} talare, inte 3`);
          const trail: string[] = [];
          const note = (e: RunEvent) => {
            const r = e.extractionRunChanged;
            if (!r || r.id !== run.id) return;
            const label = r.status === "RUNNING" ? `RUNNING ${r.progress} %` : r.status;
            if (trail[trail.length - 1] !== label) trail.push(label);
          };
          const last = await live.waitFor((e) => e.extractionRunChanged?.id === run.id && ["SUCCEEDED", "FAILED"].includes(e.extractionRunChanged.status), RUN_TIMEOUT_MS, "analysens slutstatus", note);
          const took = Date.now() - started;
          const done = last.extractionRunChanged!;
          if (done.status === "FAILED") throw new DemoError(`analysen ${run.id} misslyckades: ${done.failureCode ?? "okänd orsak"}${done.failureReason ? ` (${done.failureReason})` : ""}`);
          state.transcript = content;
          state.run = { id: run.id, decisionCount: done.decisionCount ?? 0, actionItemCount: done.actionItemCount ?? 0 };
          return [
            `transkript ${transcript.format}, ${transcript.segmentCount} segment, ${transcript.speakerCount} talare (alla samtyckande deltagare)`,
            `analys ${run.id}: ${trail.join(" → ")} på ${seconds(took)}`,
            `${plural(state.run.decisionCount, "beslut", "beslut")}, ${plural(state.run.actionItemCount, "åtgärd", "åtgärder")}`,
          ].join("; ");
        } finally {
          await live.close();
        }
      },
    },
    // 4. Beslut och åtgärder med belägg
    {
      needs: [3],
      async run() {
        const editor = await users.as("EDITOR");
        type Evidence = { segment: number; startMs: number; quote: string } | null;
        const { meeting } = await api.run<{
          meeting: {
            decisions: { totalCount: number; nodes: { id: string; evidence: Evidence }[] };
            actionItems: { totalCount: number; nodes: { id: string; status: string; dueDate: string | null; evidence: Evidence }[] };
          } | null;
        }>(editor.token, "04-beslut-och-atgarder.graphql", "DemoMeetingOutcome", { id: state.meetingId });
        if (!meeting) throw new DemoError(`mötet ${state.meetingId} hittades inte`);
        const { decisions, actionItems } = meeting;
        if (decisions.totalCount === 0 || actionItems.totalCount === 0) throw new DemoError(`analysen hittade ${decisions.totalCount} beslut och ${actionItems.totalCount} åtgärder; minst ett av varje väntades`);
        const run = state.run!;
        if (decisions.totalCount !== run.decisionCount || actionItems.totalCount !== run.actionItemCount) {
          throw new DemoError(`mötet har ${decisions.totalCount} beslut och ${actionItems.totalCount} åtgärder, körningen rapporterade ${run.decisionCount} och ${run.actionItemCount}`);
        }
        const all = [...decisions.nodes, ...actionItems.nodes];
        const missing = all.filter((n) => !n.evidence).length;
        if (missing) throw new DemoError(`${missing} av ${all.length} saknar belägg`);
        // The evidence is the exact words: every quote is in the transcript as it was sent.
        const text = state.transcript ?? "";
        const inexact = all.filter((n) => !text.includes(n.evidence!.quote)).length;
        if (inexact) throw new DemoError(`${inexact} av ${all.length} citat finns inte ordagrant i transkriptet`);
        state.openActionItemIds = actionItems.nodes.filter((a) => a.status === "OPEN").map((a) => a.id);
        const list = (nodes: { id: string; evidence: Evidence; dueDate?: string | null }[]) =>
          nodes.map((n) => `${n.id} segment ${n.evidence!.segment}${n.dueDate ? ` förfaller ${n.dueDate}` : ""}`).join(", ");
        return `${plural(decisions.totalCount, "beslut", "beslut")} [${list(decisions.nodes)}]; ${plural(actionItems.totalCount, "åtgärd", "åtgärder")} [${list(actionItems.nodes)}]; alla citat ordagranna`;
      },
    },
    // 5. Slutför en åtgärd, live hos en kollega
    {
      needs: [4],
      async run() {
        const editor = await users.as("EDITOR");
        const colleague = await users.as("VIEWER");
        const id = state.openActionItemIds?.[0];
        if (!id) throw new DemoError("mötet har ingen öppen åtgärd att slutföra");
        type Changed = { actionItemChanged: { id: string; status: string } | null };
        const live = subscribe<Changed>(api, colleague.token, "05-slutfor-atgard-live.graphql", "DemoActionItemChanged");
        try {
          await live.ready;
          const started = Date.now();
          const { completeActionItem } = await api.run<{ completeActionItem: { actionItem: { id: string; status: string } } }>(
            editor.token,
            "05-slutfor-atgard-live.graphql",
            "DemoCompleteActionItem",
            { id },
          );
          if (completeActionItem.actionItem.status !== "DONE") throw new DemoError(`åtgärden blev ${completeActionItem.actionItem.status}, inte DONE`);
          await live.waitFor((e) => e.actionItemChanged?.id === id && e.actionItemChanged.status === "DONE", LIVE_TIMEOUT_MS, "ändringen till DONE");
          return `åtgärd ${id}: OPEN → DONE av en ${ROLE_SV[editor.role]}; en ${ROLE_SV[colleague.role]}s prenumeration (actionItemChanged) fick ändringen efter ${Date.now() - started} ms`;
        } finally {
          await live.close();
        }
      },
    },
    // 6. Efterhandsbrief
    {
      needs: [4],
      async run() {
        const editor = await users.as("EDITOR");
        type Brief = { generatePostBrief: { brief: { id: string; kind: string; version: number; body: string } | null } };
        const first = (await api.run<Brief>(editor.token, "06-efterhandsbrief.graphql", "DemoPostBrief", { meetingId: state.meetingId })).generatePostBrief.brief;
        if (!first) throw new DemoError("ingen efterhandsbrief skapades");
        const again = (await api.run<Brief>(editor.token, "06-efterhandsbrief.graphql", "DemoPostBrief", { meetingId: state.meetingId })).generatePostBrief.brief;
        if (!again || again.version !== first.version || again.body !== first.body) throw new DemoError(`samma indata gav en ny version (${first.version} → ${again?.version ?? "ingen"})`);
        return `brief ${first.id} (${first.kind}) version ${first.version}, ${first.body.length} tecken Markdown; igen med samma indata: samma version och samma text`;
      },
    },
    // 7. Upphandlingssimulering
    {
      async run() {
        const editor = await users.as("EDITOR");
        const { simulateProcurement: r } = await api.run<{
          simulateProcurement: {
            regime: string;
            thresholdSek: number;
            recommendedProcedures: string[];
            timeline: { minTenderDays: number; standstillDays: number; earliestContractDate: string };
            ranking: { rank: number; supplier: string }[];
            warnings: { code: string }[];
          };
        }>(editor.token, "07-upphandling.graphql", "DemoSimulateProcurement", { startDate: todayInStockholm() });
        const winners = r.ranking.filter((b) => b.rank === 1);
        if (winners.length === 0) throw new DemoError("simuleringen rangordnade inga anbud");
        return [
          `30 MSEK tjänster, öppet förfarande: ${r.regime} (tröskel ${Math.round(r.thresholdSek).toLocaleString("sv-SE")} kr)`,
          `rekommenderat ${r.recommendedProcedures[0] ?? "inget"}`,
          `minst ${r.timeline.minTenderDays} anbudsdagar, ${r.timeline.standstillDays} dagars avtalsspärr, avtal tidigast ${r.timeline.earliestContractDate}`,
          `vinnare rank 1 av ${r.ranking.length}: ${winners.map((w) => w.supplier).join(", ")}`,
          `varningar: ${r.warnings.map((w) => w.code).join(", ") || "inga"}`,
        ].join("; ");
      },
    },
    // 8. Läsarens begränsade vy av en intressent
    {
      async run() {
        const editor = await users.as("EDITOR");
        const viewer = await users.as("VIEWER");
        const contact = ["email", "phone", "notes"] as const;
        type Contact = Record<(typeof contact)[number], string | null>;
        const { stakeholders } = await api.run<{ stakeholders: { nodes: ({ id: string } & Contact)[] } }>(
          editor.token,
          "08-lasarens-vy.graphql",
          "DemoStakeholdersWithContact",
          { first: 50 },
        );
        // One whose contact details are all on record, so that "null" can only mean "withheld".
        const target = stakeholders.nodes.find((s) => contact.every((f) => s[f] !== null)) ?? stakeholders.nodes.find((s) => s.email !== null);
        if (!target) throw new DemoError("ingen intressent har kontaktuppgifter att skydda");
        const onRecord = contact.filter((f) => target[f] !== null);
        type Node = { node: ({ id: string; name: string | null } & Contact) | null };
        const asEditor = await api.run<Node>(editor.token, "08-lasarens-vy.graphql", "DemoStakeholderContact", { id: target.id });
        const editorSees = contact.filter((f) => asEditor.node?.[f] !== null && asEditor.node?.[f] !== undefined);
        const asViewer = await api.raw<Node>(viewer.token, "08-lasarens-vy.graphql", "DemoStakeholderContact", { id: target.id });
        const node = asViewer.data?.node;
        if (!node?.name) throw new DemoError(`läsaren fick inte ens namnet på intressenten ${target.id}${asViewer.errors?.length ? `: ${describeErrors(asViewer.errors)}` : ""}`);
        const leaked = onRecord.filter((f) => node[f] !== null);
        if (leaked.length) throw new DemoError(`läsaren fick fälten ${leaked.join(", ")} — de ska vara dolda`);
        const forbidden = (asViewer.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN").map((e) => String(e.path?.[e.path.length - 1]));
        const withheld = onRecord.filter((f) => forbidden.includes(f));
        if (withheld.length !== onRecord.length) throw new DemoError(`läsaren fick null utan FORBIDDEN för ${onRecord.filter((f) => !forbidden.includes(f)).join(", ")}`);
        const other = (asViewer.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN");
        if (other.length) throw new DemoError(`läsarens fråga gav oväntade fel: ${describeErrors(other)}`);
        return `intressent ${target.id}: redaktören ser ${editorSees.join(", ")}; läsaren ser namn, titel och organisation, medan ${withheld.join(", ")} undanhölls (null + FORBIDDEN per fält)`;
      },
    },
    // 9. En annan organisations id svarar som ett saknat
    {
      async run() {
        const editor = await users.as("EDITOR");
        const otherOrg = await users.otherOrganization();
        const outsider = (await users.as("EDITOR", otherOrg).catch(() => null)) ?? (await users.as("ADMIN", otherOrg));
        const theirs = await api.run<{ meetings: { nodes: { id: string }[] } }>(outsider.token, "09-annan-organisation.graphql", "DemoFirstMeeting");
        const foreignId = theirs.meetings.nodes[0]?.id;
        if (!foreignId) throw new DemoError("den andra organisationen har inga möten att jämföra med");
        const missingId = madeUpMeetingId();
        const ask = async (id: string) => {
          const r = await api.raw<{ node: unknown; meeting: unknown }>(editor.token, "09-annan-organisation.graphql", "DemoMeetingById", { id });
          return JSON.stringify({ data: r.data ?? null, errors: (r.errors ?? []).map((e) => [e.extensions?.code, e.message, e.path]) });
        };
        const [foreign, missing] = [await ask(foreignId), await ask(missingId)];
        const expected = JSON.stringify({ data: { node: null, meeting: null }, errors: [] });
        if (foreign !== expected) throw new DemoError(`den andra organisationens möte ${foreignId} gav ${foreign === missing ? "samma svar som ett saknat id, men inte null" : "ett annat svar än ett saknat id"}`);
        if (missing !== expected) throw new DemoError(`ett påhittat id gav inte null`);
        return `möte ${foreignId} i en annan organisation: node → null, meeting → null, inga fel; påhittat id ${missingId}: exakt samma svar`;
      },
    },
    // 10. Administratörens jobbköer
    {
      async run() {
        const admin = await users.as("ADMIN");
        const { jobQueues } = await api.run<{ jobQueues: { jobName: string; queued: number; running: number; failed: number; dead: number; succeeded24h: number; schedule: string | null }[] }>(
          admin.token,
          "10-jobbkoer.graphql",
          "DemoJobQueues",
        );
        if (jobQueues.length === 0) throw new DemoError("inga jobb är registrerade");
        const list = jobQueues.map((q) => `${q.jobName}${q.schedule ? ` [${q.schedule}]` : ""} (köade ${q.queued}, pågår ${q.running}, väntar på omförsök ${q.failed}, döda ${q.dead}, klara 24 h ${q.succeeded24h})`);
        return `${plural(jobQueues.length, "jobb", "jobb")}: ${list.join("; ")}`;
      },
    },
  ];
  return steps.map((step, i) => ({ ...step, title: STEP_TITLES[i] as string }));
}

/** Runs the steps in order; a step whose prerequisite failed is reported as failed, not run. */
async function runStory(api: Api, out: (line: string) => void): Promise<{ passed: number; failed: number }> {
  const users = new SignIn(api);
  const steps = story(api, users);
  const failed = new Set<number>();
  /** Sign-in failures already told in full, and the step that told them. */
  const signInFailures = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    const label = `${String(n).padStart(2)}. ${step.title}`;
    const blocker = step.needs?.find((d) => failed.has(d));
    if (blocker !== undefined) {
      failed.add(n);
      out(`FEL ${label} — hoppades över: steg ${blocker} misslyckades`);
      continue;
    }
    const started = Date.now();
    try {
      const summary = await step.run();
      out(`ok  ${label} — ${summary} (${Date.now() - started} ms)`);
    } catch (error) {
      failed.add(n);
      const message = error instanceof DemoError ? error.message : `oväntat fel: ${error instanceof Error ? error.message || error.name : String(error)}`;
      const seen = error instanceof SignInError ? signInFailures.get(message) : undefined;
      if (seen !== undefined) {
        out(`FEL ${label} — steg ${n} misslyckades: inloggningen misslyckades (som i steg ${seen})`);
      } else {
        if (error instanceof SignInError) signInFailures.set(message, n);
        out(`FEL ${label} — steg ${n} misslyckades: ${message}`);
      }
    }
  }
  return { passed: steps.length - failed.size, failed: failed.size };
}

// ── A server of its own ───────────────────────────────────────────────────────────────────────

async function answers(base: string): Promise<boolean> {
  try {
    const res = await fetch(new Api(base).endpoint("health"), { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once("error", () => resolvePort(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePort(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Whether the embedded PostgreSQL of a running `npm start` (or `npm run token`) answers on `port`. */
async function embeddedAnswers(port: number): Promise<string | undefined> {
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postboxen`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

interface OwnServer {
  url: string;
  describe: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;

async function startServer(): Promise<OwnServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", AUTH_MODE: "dev", SEED_DEMO: "true", SERVE_CLIENT: "false", LOG_LEVEL: process.env.LOG_LEVEL || "warn" };
  // The printed URL must be this process's, not a proxy's.
  delete env.PUBLIC_URL;
  let describe: string;
  if (env.DATABASE_URL) {
    describe = "DATABASE_URL";
  } else {
    describe = `inbäddad PostgreSQL under ${env.EMBEDDED_PG_DIR || ".data/postgres"}`;
    if (!env.EMBEDDED_PG_PORT) {
      // The embedded PostgreSQL of a running Postboxen holds the data directory: use it as it is.
      const running = await embeddedAnswers(EMBEDDED_PG_DEFAULT_PORT);
      if (running) {
        env.DATABASE_URL = running;
        describe = `den inbäddade PostgreSQL som redan kör på port ${EMBEDDED_PG_DEFAULT_PORT}`;
      } else if (!(await portIsFree(EMBEDDED_PG_DEFAULT_PORT))) {
        env.EMBEDDED_PG_PORT = String(await freePort());
      }
    }
  }
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server/src/main.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let exited: { code: number | null; signal: string | null } | undefined;
  const exit = new Promise<void>((r) =>
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      r();
    }),
  );
  child.stdout?.resume();
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new DemoError(`servern startade inte inom ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-8_000);
      const match = /Postboxen körs på (\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new DemoError(`servern gick inte att starta (${error.message})`));
    });
    void exit.then(() => {
      clearTimeout(timer);
      // Its own words: a configuration problem or an embedded PostgreSQL that would not start.
      const said = stderr
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("{") && !/^at /.test(l))
        .slice(-4)
        .join(" ");
      reject(new DemoError(`servern avslutades under starten (kod ${exited?.code ?? exited?.signal})${said ? `: ${said}` : ""}`));
    });
  }).catch(async (error: unknown) => {
    if (!exited) {
      child.kill("SIGKILL");
      await exit;
    }
    throw error;
  });
  if (!(await answers(url))) {
    child.kill("SIGKILL");
    await exit;
    throw new DemoError(`servern skrev ${url} men svarar inte på /health`);
  }
  return {
    url,
    describe,
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exit;
      clearTimeout(killer);
    },
  };
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

const USAGE = "användning: npm run demo [-- --url <bas-URL>] [--start-server]";

async function main(): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  let args;
  try {
    args = parseArgs({ args: process.argv.slice(2), options: { url: { type: "string" }, "start-server": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    out(USAGE);
    return 0;
  }
  const given = args.values.url?.replace(/\/+$/, "");
  if (given && args.values["start-server"]) {
    process.stderr.write(`--url och --start-server utesluter varandra\n${USAGE}\n`);
    return 2;
  }
  if (given) {
    try {
      new URL(given);
    } catch {
      process.stderr.write(`--url ${given} är ingen URL\n${USAGE}\n`);
      return 2;
    }
  }
  const total = STEP_TITLES.length;
  let own: OwnServer | undefined;
  let base = given ?? DEFAULT_URL;
  const started = Date.now();
  if (args.values["start-server"] || (!given && !(await answers(base)))) {
    out(`demo: ${args.values["start-server"] ? "startar en egen server" : `ingen server svarar på ${base} — startar en egen`}…`);
    try {
      own = await startServer();
    } catch (error) {
      out(`demo: servern kunde inte startas: ${error instanceof Error ? error.message : String(error)}`);
      out(`demo: 0 steps passed, ${total} failed`);
      return 1;
    }
    base = own.url;
    out(`demo: egen server på ${base} (${own.describe}), uppe efter ${seconds(Date.now() - started)}`);
  } else if (!(await answers(base))) {
    out(`demo: ingen server svarar på ${base}/health`);
    out(`demo: 0 steps passed, ${total} failed`);
    return 1;
  } else {
    out(`demo: mot ${base}`);
  }
  const stop = async () => {
    const server = own;
    own = undefined;
    await server?.stop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  let result: { passed: number; failed: number };
  try {
    result = await runStory(new Api(base), out);
  } finally {
    await stop();
  }
  out(`demo: ${result.passed} steps passed, ${result.failed} failed`);
  return result.failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  // Anything unforeseen still ends in one plain sentence, never a stack trace.
  process.on("uncaughtException", (error) => {
    process.stdout.write(`demo: oväntat fel: ${error.message || error.name}\n`);
    process.exit(1);
  });
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stdout.write(`demo: oväntat fel: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
