import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, type GraphQLOutputType } from "graphql";
import type { LogContext } from "@mikro-orm/postgresql";
import { REPO_ROOT } from "../../src/platform/db";
import { toGlobalId } from "../../src/platform/ids";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { requeueStrandedRuns } from "../../src/modules/transcripts/extraction-recovery";
import { createRequire } from "node:module";

/**
 * Every list the GraphQL API serves, run as a signed-in admin of one organisation among 20
 * neighbours of the same size, with the SQL the server actually sends captured (MikroORM's query
 * logger with parameters inlined — what knex receives — and the job store's pool) and explained.
 * A list must reach its rows through an index that leads with organization_id: a sequential scan
 * of a big table, or a walk of a global index (e.g. on due_date alone, filtering every other
 * organisation's rows away), fails with the plan node that did it.
 *
 * The planner is left alone (enable_seqscan on): with this volume a missing index shows as a seq
 * scan or a global index walk. EXPLAIN_REPORT=1 prints every statement's plan with timings and
 * buffers (EXPLAIN ANALYZE, read-only selects) for looking at, never for asserting.
 */

/** The driver's own conversion of a parameter to the text it sends (pg has no types for its utils). */
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils.js") as { prepareValue(value: unknown): unknown };

const ORGS = 21; // the signed-in one and 20 neighbours of the same size
const USERS = 60; // per organisation, the three of createOrg included
const MEETINGS = 200;
const ITEMS_PER_MEETING = 5; // 1,000 action items per organisation
const DECISIONS_PER_MEETING = 3;
const PARTICIPANTS_PER_MEETING = 5;
const STAKEHOLDERS = 300;
const SCENARIOS = 60;
const TOKENS = 5;
const AUDIT_EVENTS = 500;
const JOB_RUNS = 500;
const DEAD_LETTERS = 100;

/** Below this many rows (pg_class.reltuples) a sequential scan is the right plan, not a missing index. */
const TRIVIAL_ROWS = 1_000;

/**
 * Index scans on tenant tables (those with an organization_id column) whose index does not lead
 * with organization_id, each for a reason. Besides these, by rule in `problems`:
 * - primary-key lookups (`id = …`, `id in (…)`): the loaders, `meeting(id:)`, the signed-in user
 *   read by id during authentication — a handful of rows, the tenant filter rechecked on them;
 * - `organizations` is not a tenant table (it is the tenant): read by id (or slug), never a list.
 */
const NOT_TENANT_LED: Record<string, string> = {
  // Authentication: the organisation is not known until the credential is found.
  api_tokens_token_hash_unique: "an API token is found by its hash before any organisation is known",
  users_external_subject_index: "OIDC sign-in finds the user by subject before any organisation is known",
  // Not a list: a meeting's current transcript is one row (a few after re-uploads) of one meeting.
  transcripts_meeting_id_index: "a meeting's transcript is a point lookup of one meeting's row",
  // System sweeps: across organisations by design, through partial indexes of the few rows they look for.
  extraction_runs_queued_created_at_id_index: "the requeue sweep looks for runs left QUEUED in every organisation",
};

/**
 * The job tables are tenant tables whose indexes start with the queue: a deployment works one queue
 * (JOBS_QUEUE), so `queue = …` is a constant prefix and organization_id leads within it.
 */
const QUEUE_PREFIXED = new Set(["job_runs", "job_dead_letters"]);

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}
interface ExplainRoot {
  Plan: PlanNode;
  "Execution Time"?: number;
}
interface IndexInfo {
  table: string;
  columns: (string | null)[];
  primary: boolean;
}
interface Captured {
  /** The ORM's (values inlined), the read path's (`$n`, run as named prepared statements) or the job store's (`$n`, unnamed). */
  via: "orm" | "read" | "jobs";
  sql: string;
  params: unknown[];
}

interface Fixture {
  org: TestOrg;
  token: string;
  editorToken: string;
  /** An integrator API token of the admin (signs in by token hash). */
  apiToken: string;
  meetingId: string;
  ownerId: string;
  /** A stakeholder who takes part in some of the organisation's meetings. */
  stakeholderId: string;
  now: string;
}

interface ListCase {
  name: string;
  /** The schema's list fields this case exercises (checked against schema.graphql below). */
  covers: string[];
  query: string;
  variables?: (f: Fixture) => Record<string, unknown>;
  /** Tables the case must have read (proves the capture saw the list's statements). */
  tables: string[];
  /** Sign in with the API token instead of the admin's session token. */
  viaApiToken?: boolean;
  /** Signed in as the organisation's editor (who owns a share of the items) instead of the admin. */
  viaEditor?: boolean;
  /** The dashboard's lists: their prepared statements must settle on generic plans (no planning per request). */
  settlesGeneric?: boolean;
}

const page2 = (offsetOfLastSeen: number) => Buffer.from(`o:${offsetOfLastSeen}`, "utf8").toString("base64url");

const MEETING_FIELDS = "totalCount pageInfo { hasNextPage endCursor } nodes { id title startsAt status sensitivity location }";
const ITEM_FIELDS = "totalCount nodes { id title status dueDate isOverdue ownerName updatedAt owner { id name } meeting { id title } }";
const VARIABLE_TYPES: Record<string, string> = { now: "DateTimeISO!", owner: "ID!", meeting: "ID!", stakeholder: "ID!" };
/** An operation declaring exactly the fixture variables its arguments use (GraphQL refuses unused ones). */
const operation = (body: string) => {
  const used = Object.keys(VARIABLE_TYPES).filter((v) => body.includes(`$${v}`));
  return `query${used.length ? `(${used.map((v) => `$${v}: ${VARIABLE_TYPES[v]}`).join(", ")})` : ""} { ${body} }`;
};
const meetings = (args: string) => operation(`meetings(${args}) { ${MEETING_FIELDS} }`);
const items = (args: string) => operation(`actionItems(${args}) { ${ITEM_FIELDS} }`);

const CASES: ListCase[] = [
  // meetings(first, after, filter: MeetingFilter { from, to, status, search }, orderBy: MeetingOrder { STARTS_AT | TITLE, ASC | DESC })
  { name: "meetings, default order (start time ascending)", covers: ["Query.meetings"], query: meetings("first: 20"), tables: ["meetings"] },
  { name: "meetings by start time descending", covers: ["Query.meetings"], query: meetings("first: 20, orderBy: { field: STARTS_AT, direction: DESC }"), tables: ["meetings"] },
  { name: "meetings by title ascending", covers: ["Query.meetings"], query: meetings("first: 20, orderBy: { field: TITLE, direction: ASC }"), tables: ["meetings"] },
  { name: "meetings by title descending", covers: ["Query.meetings"], query: meetings("first: 20, orderBy: { field: TITLE, direction: DESC }"), tables: ["meetings"] },
  {
    name: "upcoming meetings with their briefs (the dashboard: from now, start time ascending, briefs in the same statement)",
    covers: ["Query.meetings", "Meeting.briefs"],
    query: operation(`meetings(first: 10, filter: { from: $now }, orderBy: { field: STARTS_AT, direction: ASC }) { totalCount nodes { id title startsAt briefs { id kind version createdAt } } }`),
    tables: ["meetings", "briefs"],
    settlesGeneric: true,
  },
  {
    name: "meetings in a window (from, to), descending",
    covers: ["Query.meetings"],
    query: `query($from: DateTimeISO!, $to: DateTimeISO!) { meetings(first: 20, filter: { from: $from, to: $to }, orderBy: { field: STARTS_AT, direction: DESC }) { ${MEETING_FIELDS} } }`,
    variables: (f) => ({ from: new Date(Date.parse(f.now) - 30 * 86_400_000).toISOString(), to: new Date(Date.parse(f.now) + 30 * 86_400_000).toISOString() }),
    tables: ["meetings"],
  },
  { name: "meetings with one status", covers: ["Query.meetings"], query: meetings("first: 20, filter: { status: [SCHEDULED] }"), tables: ["meetings"] },
  {
    name: "meetings with two statuses, by title",
    covers: ["Query.meetings"],
    query: meetings("first: 20, filter: { status: [COMPLETED, CANCELLED] }, orderBy: { field: TITLE, direction: ASC }"),
    tables: ["meetings"],
  },
  { name: "meetings searched (Swedish full text, prefix)", covers: ["Query.meetings"], query: meetings(`first: 20, filter: { search: "styr" }`), tables: ["meetings"] },
  { name: "past meetings searched, newest first", covers: ["Query.meetings"], query: meetings(`first: 20, filter: { search: "budget rum", to: $now }, orderBy: { field: STARTS_AT, direction: DESC }`), tables: ["meetings"] },
  { name: "sensitive meetings", covers: ["Query.meetings"], query: meetings("first: 20, filter: { sensitivity: SENSITIVE }"), tables: ["meetings"] },
  { name: "one stakeholder's meetings", covers: ["Query.meetings"], query: meetings("first: 20, filter: { participant: $stakeholder }, orderBy: { field: STARTS_AT, direction: DESC }"), tables: ["meetings", "participants"] },
  { name: "meetings, second page", covers: ["Query.meetings"], query: meetings(`first: 20, after: "${page2(19)}"`), tables: ["meetings"] },

  // actionItems(first, after, filter: ActionItemFilter { meetingId, overdue, ownerId, status }, orderBy: ActionItemOrder { DUE_DATE | UPDATED_AT, ASC | DESC })
  { name: "action items, default order (due date ascending, undated last)", covers: ["Query.actionItems"], query: items("first: 20"), tables: ["action_items"] },
  { name: "action items by due date descending", covers: ["Query.actionItems"], query: items("first: 20, orderBy: { field: DUE_DATE, direction: DESC }"), tables: ["action_items"] },
  { name: "action items by last change ascending", covers: ["Query.actionItems"], query: items("first: 20, orderBy: { field: UPDATED_AT, direction: ASC }"), tables: ["action_items"] },
  { name: "action items by last change descending", covers: ["Query.actionItems"], query: items("first: 20, orderBy: { field: UPDATED_AT, direction: DESC }"), tables: ["action_items"] },
  {
    name: "open action items by due date (the dashboard)",
    covers: ["Query.actionItems"],
    query: items("first: 20, filter: { status: [OPEN] }, orderBy: { field: DUE_DATE, direction: ASC }"),
    tables: ["action_items"],
    settlesGeneric: true,
  },
  { name: "open action items by due date descending", covers: ["Query.actionItems"], query: items("first: 20, filter: { status: [OPEN] }, orderBy: { field: DUE_DATE, direction: DESC }"), tables: ["action_items"] },
  { name: "open action items by last change", covers: ["Query.actionItems"], query: items("first: 20, filter: { status: [OPEN] }, orderBy: { field: UPDATED_AT, direction: DESC }"), tables: ["action_items"] },
  { name: "done and cancelled action items", covers: ["Query.actionItems"], query: items("first: 20, filter: { status: [DONE, CANCELLED] }"), tables: ["action_items"] },
  { name: "overdue action items (the dashboard's count)", covers: ["Query.actionItems"], query: items("first: 1, filter: { status: [OPEN], overdue: true }"), tables: ["action_items"], settlesGeneric: true },
  { name: "overdue action items, a page", covers: ["Query.actionItems"], query: items("first: 20, filter: { overdue: true }"), tables: ["action_items"] },
  { name: "action items not overdue", covers: ["Query.actionItems"], query: items("first: 20, filter: { overdue: false }"), tables: ["action_items"] },
  { name: "one owner's action items", covers: ["Query.actionItems"], query: items("first: 20, filter: { ownerId: $owner }"), tables: ["action_items"] },
  { name: "one owner's open action items", covers: ["Query.actionItems"], query: items("first: 20, filter: { ownerId: $owner, status: [OPEN] }"), tables: ["action_items"] },
  { name: "one meeting's action items by last change", covers: ["Query.actionItems"], query: items("first: 20, filter: { meetingId: $meeting }, orderBy: { field: UPDATED_AT, direction: DESC }"), tables: ["action_items"] },
  { name: "open action items, second page", covers: ["Query.actionItems"], query: items(`first: 20, after: "${page2(19)}", filter: { status: [OPEN] }`), tables: ["action_items"] },

  // A meeting's page: its lists.
  {
    name: "a meeting's participants, decisions, action items, briefs, extraction runs and transcript",
    covers: ["Meeting.participants", "Meeting.decisions", "Meeting.actionItems", "Meeting.briefs", "Meeting.extractionRuns"],
    query: `query($meeting: ID!) { meeting(id: $meeting) { id title
      participants { id consent role stakeholder { id name } }
      decisions(first: 50) { totalCount nodes { id text } }
      actionItems(first: 50) { totalCount nodes { id title status dueDate owner { id name } } }
      briefs { id kind version }
      extractionRuns { id status progress }
      transcript { id format }
    } }`,
    tables: ["meetings", "participants", "stakeholders", "decisions", "action_items", "briefs", "extraction_runs", "transcripts"],
  },
  {
    name: "a meeting's decisions and action items, second page",
    covers: ["Meeting.decisions", "Meeting.actionItems"],
    query: `query($meeting: ID!) { meeting(id: $meeting) { id decisions(first: 2, after: "${page2(1)}") { totalCount nodes { id } } actionItems(first: 2, after: "${page2(1)}") { totalCount nodes { id } } } }`,
    tables: ["decisions", "action_items"],
  },

  // reviewPrecision(weeks): one statement over the organisation's labelled examples and generate_series of weeks.
  { name: "review precision by week (meeting intelligence settings)", covers: ["Query.reviewPrecision"], query: `{ reviewPrecision(weeks: 26) { weekStart accepted edited rejected reviewed precision } }`, tables: ["labelled_examples"] },
  // actionItemTrend(days): one statement over the organisation's items and generate_series of days.
  { name: "action items over time (the dashboard's trend)", covers: ["Query.actionItemTrend"], query: `{ actionItemTrend(days: 30) { date open done overdue } }`, tables: ["action_items"] },
  // auditEvents(first, after, filter: { actions }) — newest first, admins only.
  { name: "audit events, newest first", covers: ["Query.auditEvents"], query: `{ auditEvents(first: 20) { totalCount nodes { id action actorKind createdAt } } }`, tables: ["audit_events"] },
  {
    name: "audit events of some kinds, second page",
    covers: ["Query.auditEvents"],
    query: `{ auditEvents(first: 20, after: "${page2(19)}", filter: { actions: [SENSITIVITY_CHANGED, PARTICIPANT_REMOVED] }) { totalCount nodes { id action } } }`,
    tables: ["audit_events"],
  },
  // transcriptSpeakers(input): a file's speakers against one meeting's participants (nothing stored).
  {
    name: "a transcript file's speakers against the meeting's participants",
    covers: ["Query.transcriptSpeakers"],
    query: `query($meeting: ID!) { transcriptSpeakers(input: { meetingId: $meeting, content: "Anna Berg: Hej.\\nTalare 2: Hej hej." }) { name turns participant { id } } }`,
    tables: ["participants"],
  },
  // stakeholders(first, after, filter: StakeholderFilter { search }) — by name.
  { name: "stakeholders by name", covers: ["Query.stakeholders"], query: `{ stakeholders(first: 20) { totalCount nodes { id name title organization } } }`, tables: ["stakeholders"] },
  { name: "stakeholders searched (name, title or organisation)", covers: ["Query.stakeholders"], query: `{ stakeholders(first: 20, filter: { search: "berg" }) { totalCount nodes { id name } } }`, tables: ["stakeholders"] },
  { name: "stakeholders searched, nothing found", covers: ["Query.stakeholders"], query: `{ stakeholders(first: 20, filter: { search: "qxzv" }) { totalCount nodes { id name } } }`, tables: ["stakeholders"] },
  { name: "stakeholders, second page", covers: ["Query.stakeholders"], query: `{ stakeholders(first: 20, after: "${page2(19)}") { totalCount nodes { id name } } }`, tables: ["stakeholders"] },

  // The rest of the organisation's lists.
  { name: "saved procurement scenarios (most recently changed first)", covers: ["Query.procurementScenarios"], query: `{ procurementScenarios(first: 20) { totalCount nodes { id name updatedAt } } }`, tables: ["procurement_scenarios"] },
  { name: "saved procurement scenarios, second page", covers: ["Query.procurementScenarios"], query: `{ procurementScenarios(first: 20, after: "${page2(19)}") { totalCount nodes { id name } } }`, tables: ["procurement_scenarios"] },
  { name: "users by name", covers: ["Query.users"], query: `{ users(first: 50) { totalCount nodes { id name role email } } }`, tables: ["users"] },
  { name: "assignable users (the owner picker)", covers: ["Query.assignableUsers"], query: `{ assignableUsers { id name } }`, tables: ["users"] },
  { name: "users, second page", covers: ["Query.users"], query: `{ users(first: 20, after: "${page2(19)}") { totalCount nodes { id name } } }`, tables: ["users"] },
  { name: "API tokens (newest first)", covers: ["Query.apiTokens"], query: `{ apiTokens { id label prefix createdAt } }`, tables: ["api_tokens"] },
  { name: "the viewer (authentication and the organisation)", covers: [], query: `{ viewer { canEdit user { id name } organization { id name } } }`, tables: ["users", "organizations"] },
  {
    name: "the viewer signed in with an API token",
    covers: [],
    query: `{ viewer { canEdit user { id } organization { id } } }`,
    tables: ["api_tokens", "organizations"],
    viaApiToken: true,
  },

  // A person's own nudges (the notifications page and the header's unread count).
  { name: "your nudges, newest first", covers: ["Query.nudges"], query: `{ nudges(first: 20) { totalCount nodes { id kind readAt actionItem { id title } } } }`, tables: ["nudges"], viaEditor: true },
  { name: "your unread nudges (the header's count)", covers: ["Query.nudges"], query: `{ nudges(first: 1, filter: { unread: true }) { totalCount } }`, tables: ["nudges"], viaEditor: true, settlesGeneric: true },
  { name: "your nudges, second page", covers: ["Query.nudges"], query: `{ nudges(first: 20, after: "${page2(19)}") { nodes { id } } }`, tables: ["nudges"], viaEditor: true },

  // Regwatch: the organisation's alerts (the feed, the dashboard's HIGH panel), sources and topics.
  {
    name: "regwatch alerts, newest first, with what they matched",
    covers: ["Query.regwatchAlerts", "RegwatchAlert.matchedMeetings", "RegwatchAlert.matchedStakeholders", "RegwatchItem.versions"],
    query: `{ regwatchAlerts(first: 20) { totalCount nodes { id severity matchedMeetings { id } matchedStakeholders { id } item { versions(first: 5) { seq } } } } }`,
    tables: ["regwatch_alerts"],
  },
  { name: "new regwatch alerts", covers: ["Query.regwatchAlerts"], query: `{ regwatchAlerts(first: 20, filter: { state: [NEW] }) { totalCount nodes { id } } }`, tables: ["regwatch_alerts"] },
  { name: "new HIGH regwatch alerts (the dashboard)", covers: ["Query.regwatchAlerts"], query: `{ regwatchAlerts(first: 5, filter: { state: [NEW], severity: [HIGH] }) { totalCount nodes { id } } }`, tables: ["regwatch_alerts"], settlesGeneric: true },
  { name: "regwatch sources", covers: ["Query.regwatchSources"], query: `{ regwatchSources { id name healthy } }`, tables: ["regwatch_sources"] },
  { name: "regwatch topics", covers: ["Query.regwatchTopics"], query: `{ regwatchTopics { id name } }`, tables: ["regwatch_topics"] },

  // Calendar feeds (admin): a handful per organisation.
  { name: "calendar feeds", covers: ["Query.calendarFeeds"], query: `{ calendarFeeds { id name url lastStatus } }`, tables: ["calendar_feeds"] },

  // Jobs (the job store's own SQL on its pool).
  { name: "job queues with the organisation's counts", covers: ["Query.jobQueues"], query: `{ jobQueues { jobName queued running failed dead succeeded24h } }`, tables: ["job_runs", "job_dead_letters"] },
  { name: "dead letters (DEAD, newest first)", covers: ["Query.deadLetters"], query: `{ deadLetters(first: 20) { totalCount nodes { id jobName status system } } }`, tables: ["job_dead_letters"] },
  { name: "dead letters replayed", covers: ["Query.deadLetters"], query: `{ deadLetters(first: 20, filter: { status: REPLAYED }) { totalCount nodes { id } } }`, tables: ["job_dead_letters"] },
  { name: "dead letters of one job", covers: ["Query.deadLetters"], query: `{ deadLetters(first: 20, filter: { jobName: "extract-meeting" }) { totalCount nodes { id } } }`, tables: ["job_dead_letters"] },
  { name: "dead letters, second page", covers: ["Query.deadLetters"], query: `{ deadLetters(first: 20, after: "${page2(19)}") { totalCount nodes { id } } }`, tables: ["job_dead_letters"] },
];

let server: TestServer;
let fixture: Fixture;
let indexes: Map<string, IndexInfo>;
let tenantTables: Set<string>;
let rowCounts: Map<string, number>;
let recording: Captured[] | null = null;
let restore: () => void = () => undefined;
const report: string[] = [];
const REPORT = process.env.EXPLAIN_REPORT === "1";

type Queryable = { query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };
type PoolLike = Queryable & { connect(): Promise<Queryable & { release(error?: Error): void; escapeLiteral(value: string): string }> };

const exec = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
  try {
    return await server.db.system().getConnection().execute<T[]>(sql);
  } catch (error) {
    // The driver's message repeats the whole statement; keep PostgreSQL's part and the statement's start.
    const message = error instanceof Error ? error.message.split(" - ").pop() : String(error);
    throw new Error(`${message}\n    in: ${sql.slice(0, 300)}…`, { cause: error });
  }
};

/** Starts recording what the server sends: MikroORM's queries (values inlined, as sent) and the job store's. */
function attachRecorders(): PoolLike {
  // Through the option, not the logger: every em.fork() re-syncs the logger's debug mode from it.
  const config = server.db.orm.config;
  config.set("debug", ["query", "query-params"]);
  const logger = config.getLogger();
  const own = logger as { logQuery: (context: LogContext) => void };
  own.logQuery = (context) => {
    if (recording && context.level !== "error" && typeof context.query === "string") {
      // The read path's statements come with `$n` parameters (sent as such); the ORM's are inlined.
      const params = (context as { params?: unknown[] }).params;
      recording.push(params?.length && /\$1\b/.test(context.query) ? { via: "read", sql: context.query, params } : { via: "orm", sql: context.query, params: [] });
    }
  };
  const store = server.jobs.store as unknown as { pool: PoolLike };
  const pool = store.pool;
  store.pool = new Proxy(pool, {
    get(target, prop) {
      if (prop === "query") {
        return (text: string, params?: unknown[]) => {
          // The organisation-scoped statements only: the worker's own sweeps (stranded runs,
          // schedules) run on this pool too, on their own timer, and are not tenant lists.
          if (recording && /organization_id\s*=\s*\$/.test(text)) recording.push({ via: "jobs", sql: text, params: params ?? [] });
          return target.query(text, params);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  restore = () => {
    delete (own as Partial<typeof own>).logQuery;
    config.set("debug", false);
    store.pool = pool;
  };
  return pool;
}

let jobsPool: PoolLike;

async function explain(statement: Captured, analyze = false): Promise<ExplainRoot> {
  const options = analyze ? "analyze, buffers, format json" : "format json";
  if (statement.via !== "orm") {
    const res = await jobsPool.query(`explain (${options}) ${statement.sql}`, statement.params);
    return (res.rows[0]!["QUERY PLAN"] as ExplainRoot[])[0]!;
  }
  const rows = await exec<{ "QUERY PLAN": ExplainRoot[] }>(`explain (${options}) ${statement.sql}`);
  return rows[0]!["QUERY PLAN"][0]!;
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

/** What in a plan breaks the rule, in words; empty when the plan is fine. */
function problems(plan: PlanNode): string[] {
  const found: string[] = [];
  for (const node of walk(plan)) {
    const type = node["Node Type"];
    if (type === "Seq Scan" && node["Relation Name"]) {
      const rows = rowCounts.get(node["Relation Name"]) ?? 0;
      if (rows > TRIVIAL_ROWS) found.push(`Seq Scan on ${node["Relation Name"]} (${rows} rows)${node.Filter ? ` filter ${node.Filter}` : ""}`);
      continue;
    }
    if (!/^(Index Scan|Index Only Scan|Bitmap Index Scan)$/.test(type) || !node["Index Name"]) continue;
    const name = node["Index Name"];
    const info = indexes.get(name);
    if (!info || !tenantTables.has(info.table)) continue;
    const [first, second] = info.columns;
    if (first === "organization_id") continue;
    if (QUEUE_PREFIXED.has(info.table) && first === "queue" && second === "organization_id") continue;
    if (info.primary && node["Index Cond"]) continue; // a lookup by primary key
    if (NOT_TENANT_LED[name]) continue;
    found.push(`${type} using ${name} on ${info.table} (leads with ${first ?? "an expression"})${node["Index Cond"] ? ` cond ${node["Index Cond"]}` : " walking the whole index"}`);
  }
  return found;
}

/** One line per plan: its nodes, outermost first; with EXPLAIN ANALYZE figures when present. */
function summary(root: ExplainRoot): string {
  const parts = [...walk(root.Plan)].map((n) => `${n["Node Type"]}${n["Index Name"] ? ` ${n["Index Name"]}` : n["Relation Name"] ? ` ${n["Relation Name"]}` : ""}`);
  const top = root.Plan;
  const figures = root["Execution Time"] !== undefined ? ` — ${root["Execution Time"].toFixed(3)} ms, buffers ${(top["Shared Hit Blocks"] ?? 0) + (top["Shared Read Blocks"] ?? 0)}` : "";
  return parts.join(" > ") + figures;
}

const uuidList = (ids: string[]) => {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return `array[${ids.map((id) => `'${id}'`).join(",")}]::uuid[]`;
};

/** Rows of all organisations interleaved across the table, as they are written by organisations working side by side. */
const INTERLEAVED = "order by random()";

/** 20 neighbours and the signed-in organisation, all of the same size, in a few set-based inserts. */
async function seed(orgIds: string[]) {
  const o = `(select id, row_number() over (order by id) as n from organizations where id = any(${uuidList(orgIds)}))`;
  const queue = server.config.jobs.queue.replace(/'/g, "''");
  const first = `(array['Anna','Erik','Maria','Lars','Karin','Johan','Eva','Anders','Sara','Per','Lena','Nils'])`;
  const last = `(array['Andersson','Berg','Lindqvist','Holm','Nyström','Sjöberg','Ek','Lundgren','Åkesson','Forsberg','Wallin'])`;
  await exec(`insert into users (id, organization_id, name, email, role)
    select gen_random_uuid(), o.id, ${first}[1 + i % 12] || ' ' || ${last}[1 + (i * 7) % 11], 'user' || i || '-' || o.n || '@grann.example', 'VIEWER'
    from ${o} o, generate_series(1, ${USERS - 3}) i
    ${INTERLEAVED}`);
  await exec(`insert into meetings (id, organization_id, title, starts_at, ends_at, status, sensitivity, location, agenda_items)
    select gen_random_uuid(), o.id,
      (array['Styrgrupp','Ledningsgrupp','Projektmöte','Avstämning','Nämndberedning','Budgetmöte'])[1 + i % 6] || ' ' || i,
      date_trunc('day', now()) + (i - 120) * interval '1 day' + (8 + i % 8) * interval '1 hour',
      date_trunc('day', now()) + (i - 120) * interval '1 day' + (9 + i % 8) * interval '1 hour',
      (case when i > 120 then 'SCHEDULED' when i % 10 = 0 then 'CANCELLED' when i = 120 then 'IN_PROGRESS' else 'COMPLETED' end)::meeting_status,
      (case when i % 9 = 0 then 'SENSITIVE' else 'NORMAL' end)::sensitivity, 'Rum ' || (i % 12), '["Budget"]'::jsonb
    from ${o} o, generate_series(1, ${MEETINGS}) i
    ${INTERLEAVED}`);
  await exec(`insert into stakeholders (id, organization_id, name, title, organization_name, email)
    select gen_random_uuid(), o.id, ${first}[1 + (i * 5) % 12] || ' ' || ${last}[1 + i % 11] || ' ' || i,
      (array['Chef','Handläggare','Controller','Förvaltningschef','Ordförande'])[1 + i % 5],
      (array['Region Norr','Länsstyrelsen','Kommunförbundet','Bolaget AB'])[1 + i % 4], 'sh' || i || '-' || o.n || '@grann.example'
    from ${o} o, generate_series(1, ${STAKEHOLDERS}) i
    ${INTERLEAVED}`);
  // Numbered per organisation, for the children below.
  const m = `(select id, organization_id, starts_at, row_number() over (partition by organization_id order by starts_at, id) as mn from meetings where organization_id = any(${uuidList(orgIds)}))`;
  const u = `(select id, organization_id, row_number() over (partition by organization_id order by id) - 1 as un from users where organization_id = any(${uuidList(orgIds)}))`;
  const s = `(select id, organization_id, row_number() over (partition by organization_id order by id) - 1 as sn from stakeholders where organization_id = any(${uuidList(orgIds)}))`;
  await exec(`insert into action_items (id, organization_id, meeting_id, title, owner_id, owner_name, due_date, status, completed_at, evidence_start_ms, source, created_at, updated_at)
    select gen_random_uuid(), x.organization_id, x.meeting_id, 'Åtgärd ' || x.j, u.id, case when u.id is null then null else 'Ägare' end,
      case when x.j % 7 = 0 then null else current_date + ((x.j * 37) % 240 - 120)::int end,
      (case when x.j % 10 < 4 then 'OPEN' when x.j % 10 < 9 then 'DONE' else 'CANCELLED' end)::action_item_status,
      case when x.j % 10 between 4 and 8 then now() - (x.j % 90) * interval '1 day' else null end,
      case when x.k % 2 = 0 then null else x.k * 60000 end, case when x.k % 2 = 0 then 'manual' else 'local-heuristic@0.5.0' end,
      x.starts_at, now() - ((x.j * 7919) % 100000) * interval '1 minute'
    from (select m.id as meeting_id, m.organization_id, m.starts_at, k, (m.mn - 1) * ${ITEMS_PER_MEETING} + k as j from ${m} m, generate_series(1, ${ITEMS_PER_MEETING}) k) x
    left join ${u} u on u.organization_id = x.organization_id and x.j % 6 <> 0 and u.un = x.j % ${USERS}
    ${INTERLEAVED}`);
  // Reviewers' verdicts on a third of the items (the review loop's labelled examples).
  await exec(`insert into labelled_examples (id, organization_id, meeting_id, item_kind, item_id, verdict, source, suggested_text, created_at)
    select gen_random_uuid(), a.organization_id, a.meeting_id, 'ACTION_ITEM', a.id, (array['ACCEPT', 'EDIT', 'REJECT'])[1 + abs(hashtext(a.id::text)) % 3]::review_verdict,
      'local-heuristic@0.6.0', a.title, a.updated_at
    from action_items a where a.organization_id = any(${uuidList(orgIds)}) and abs(hashtext(a.id::text)) % 3 = 0`);
  await exec(`insert into decisions (id, organization_id, meeting_id, text, decided_at, evidence_start_ms, source, created_at)
    select gen_random_uuid(), m.organization_id, m.id, 'Beslut ' || m.mn || '.' || k, m.starts_at, case when k = 1 then null else k * 90000 end, 'manual', m.starts_at
    from ${m} m, generate_series(1, ${DECISIONS_PER_MEETING}) k
    ${INTERLEAVED}`);
  await exec(`insert into participants (id, organization_id, meeting_id, stakeholder_id, role, consent, created_at)
    select gen_random_uuid(), m.organization_id, m.id, s.id, 'Deltagare', (case when k = 5 and m.mn % 4 = 0 then 'PENDING' else 'GRANTED' end)::consent_status, m.starts_at - interval '1 day' + k * interval '1 minute'
    from ${m} m cross join generate_series(1, ${PARTICIPANTS_PER_MEETING}) k
    join ${s} s on s.organization_id = m.organization_id and s.sn = (m.mn * ${PARTICIPANTS_PER_MEETING} + k) % ${STAKEHOLDERS}
    ${INTERLEAVED}`);
  await exec(`insert into briefs (id, organization_id, meeting_id, kind, body, version)
    select gen_random_uuid(), m.organization_id, m.id, b.kind::brief_kind, '# Brief', b.version
    from ${m} m, (values ('PRE', 1), ('POST', 1), ('POST', 2)) b(kind, version) where b.version = 1 or m.mn % 3 = 0
    ${INTERLEAVED}`);
  await exec(`insert into transcripts (id, organization_id, meeting_id, format, text, byte_size, segment_count, speaker_count, created_at)
    select gen_random_uuid(), m.organization_id, m.id, 'teams-vtt', 'WEBVTT', 6, 1, 1, m.starts_at + interval '2 hours' from ${m} m where m.mn % 2 = 0
    ${INTERLEAVED}`);
  await exec(`insert into extraction_runs (id, organization_id, meeting_id, status, progress, source, created_at, finished_at)
    select gen_random_uuid(), m.organization_id, m.id, (case when k = 1 then 'FAILED' else 'SUCCEEDED' end)::extraction_run_status, 100, 'local-heuristic@0.5.0',
      m.starts_at + k * interval '3 hours', m.starts_at + k * interval '3 hours' + interval '2 seconds'
    from ${m} m, generate_series(1, 2) k
    ${INTERLEAVED}`);
  await exec(`insert into procurement_scenarios (id, organization_id, name, scenario, created_at, updated_at)
    select gen_random_uuid(), o.id, 'Upphandling ' || i, '{}'::jsonb, now() - i * interval '2 days', now() - ((i * 37) % 600) * interval '1 hour'
    from ${o} o, generate_series(1, ${SCENARIOS}) i
    ${INTERLEAVED}`);
  await exec(`insert into api_tokens (id, organization_id, label, prefix, token_hash, scopes, expires_at, created_by_id, created_at)
    select gen_random_uuid(), o.id, 'Integration ' || i, 'pbx_' || i, encode(sha256(convert_to(o.id::text || ':' || i, 'UTF8')), 'hex'), '["READ"]'::jsonb,
      now() + interval '90 days', u.id, now() - i * interval '10 days'
    from ${o} o cross join generate_series(1, ${TOKENS}) i join ${u} u on u.organization_id = o.id and u.un = (i * 7) % ${USERS}
    ${INTERLEAVED}`);
  await exec(`insert into audit_events (id, organization_id, action, details, created_at)
    select gen_random_uuid(), o.id, 'CONSENT_CHANGED', '{}'::jsonb, now() - i * interval '1 hour' from ${o} o, generate_series(1, ${AUDIT_EVENTS}) i
    ${INTERLEAVED}`);
  // Job bookkeeping: each organisation's runs on this server's queue, system runs, and another queue's.
  const jobNames = `(array['extract-meeting','transcripts.requeue-runs','jobs.prune-history'])`;
  await exec(`insert into job_runs (queue, key, job_name, organization_id, status, attempts, created_at, updated_at, finished_at)
    select q.queue, q.queue || ':' || coalesce(o.id::text, 'system') || ':' || i, ${jobNames}[1 + i % 2], o.id,
      (case when i % 10 < 8 then 'succeeded' when i % 10 = 8 then 'queued' when i % 20 = 9 then 'retrying' else 'dead' end),
      1, now() - (i % 300) * interval '1 hour', now() - (i % 300) * interval '1 hour', case when i % 10 < 8 then now() - (i % 300) * interval '1 hour' else null end
    from (select id from ${o} x union all select null) o, (values ('${queue}'), ('other-queue')) q(queue), generate_series(1, ${JOB_RUNS}) i
    ${INTERLEAVED}`);
  await exec(`insert into job_dead_letters (queue, job_name, job_key, organization_id, error_code, error_message, attempts, first_failed_at, last_failed_at, status)
    select q.queue, ${jobNames}[1 + i % 2], 'dl:' || i, o.id, 'ECONNREFUSED', 'Unexpected Error', 3, now() - i * interval '3 hours', now() - i * interval '2 hours',
      (case when i % 10 < 5 then 'dead' when i % 10 < 8 then 'replayed' else 'discarded' end)
    from (select id from ${o} x union all select null) o, (values ('${queue}'), ('other-queue')) q(queue), generate_series(1, ${DEAD_LETTERS}) i
    ${INTERLEAVED}`);
  // Vacuumed as well as analysed: a steady-state table has its visibility map set (index-only scans).
  await exec(`vacuum (analyze) organizations, users, meetings, stakeholders, action_items, decisions, participants, briefs, transcripts, extraction_runs, procurement_scenarios, api_tokens, audit_events, job_runs, job_dead_letters`);
}

beforeAll(async () => {
  server = await startTestServer();
  const orgs: TestOrg[] = [];
  for (let i = 0; i < ORGS; i++) orgs.push(await createOrg(server.db, i === 0 ? "Explainkommun" : `Grannkommun ${i}`));
  await seed(orgs.map((o) => o.org.id));
  const mine = orgs[0]!;
  const [meeting] = await exec<{ id: string }>(`select id from meetings where organization_id = '${mine.org.id}' and id <> '${mine.meeting.id}' order by starts_at offset 5 limit 1`);
  const token = await server.tokenFor(mine.admin);
  const created = await server.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { label: "Explain", scopes: [READ], expiresInDays: 1 }) { token } }`, {}, token);
  if (!created.data?.createApiToken.token) throw new Error(`no API token: ${JSON.stringify(created.errors)}`);
  fixture = {
    org: mine,
    token,
    editorToken: await server.tokenFor(mine.editor),
    apiToken: created.data.createApiToken.token,
    meetingId: toGlobalId("Meeting", meeting!.id),
    ownerId: toGlobalId("User", mine.editor.id),
    stakeholderId: toGlobalId("Stakeholder", (await exec<{ id: string }>(`select stakeholder_id as id from participants where organization_id = '${mine.org.id}' limit 1`))[0]!.id),
    now: new Date().toISOString(),
  };
  // The owner filter needs rows: give the editor a share of the organisation's items.
  await exec(`update action_items set owner_id = '${mine.editor.id}' where organization_id = '${mine.org.id}' and owner_id is not null and ('x' || substr(id::text, 1, 2))::bit(8)::int % 20 = 0`);
  // Nudges: one per owned item to its owner, a third of them read (after the owners are final).
  await exec(`insert into nudges (id, organization_id, recipient_id, action_item_id, kind, window_key, read_at, deliver_after, created_at, updated_at)
    select gen_random_uuid(), ai.organization_id, ai.owner_id, ai.id, 'STALLED', 'r1@' || ai.updated_at, case when ai.evidence_start_ms % 3 = 0 then now() end, ai.updated_at, ai.updated_at, ai.updated_at
    from action_items ai where ai.owner_id is not null and ai.organization_id = any(${uuidList(orgs.map((o) => o.org.id))})`);
  await exec(`vacuum (analyze) action_items, nudges`);

  const catalogue = await exec<{ index: string; table: string; columns: (string | null)[]; primary: boolean }>(
    `select i.relname as "index", t.relname as "table", ix.indisprimary as "primary",
       array(select a.attname::text from unnest(ix.indkey::int2[]) with ordinality k(attnum, pos) left join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.attnum order by k.pos) as columns
     from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = current_schema()`,
  );
  indexes = new Map(catalogue.map((r) => [r.index, { table: r.table, columns: r.columns, primary: r.primary }]));
  const tenants = await exec<{ table: string }>(`select table_name as "table" from information_schema.columns where table_schema = current_schema() and column_name = 'organization_id'`);
  tenantTables = new Set(tenants.map((r) => r.table));
  const counts = await exec<{ table: string; rows: number }>(`select relname as "table", reltuples::bigint as "rows" from pg_class where relkind = 'r' and relnamespace = current_schema()::regnamespace`);
  rowCounts = new Map(counts.map((r) => [r.table, Number(r.rows)]));
  jobsPool = attachRecorders();
}, 60_000);

afterAll(async () => {
  restore();
  if (REPORT && report.length) process.stdout.write(`\n${report.join("\n")}\n`);
  await server?.stop();
});

/** A failing statement in words: its problems, the statement, its parameters and its plan. */
function failureText(found: string[], statement: Captured, plan: ExplainRoot, note = ""): string {
  return `${found.join("; ")}${note}\n    in: ${statement.sql}${statement.params.length ? `\n    params: ${JSON.stringify(statement.params)}` : ""}\n    plan: ${summary(plan)}`;
}

/** Each statement explained; the problems found, with the statement and its plan. */
async function planFailures(selects: Captured[], name: string): Promise<string[]> {
  const failures: string[] = [];
  for (const statement of selects) {
    const plan = await explain(statement);
    const found = problems(plan.Plan);
    if (found.length) failures.push(failureText(found, statement, plan));
    // EXPLAIN ANALYZE runs the statement: only for reads (a `with` may hold an update).
    const readOnly = !/\b(insert|update|delete)\b|\bfor (update|share)\b/i.test(statement.sql);
    if (REPORT && readOnly) report.push(`${name}\n  ${statement.sql.slice(0, 400)}\n  ${summary(await explain(statement, true))}`);
  }
  return failures;
}

/**
 * Each read-path statement prepared on a connection of its own and run six times with its
 * parameters, as a pooled connection runs it all day; then the plan PostgreSQL uses from there on
 * (generic or custom: its own choice after five runs) explained. Its problems, and which statements
 * stayed on custom plans (planned again for every execution).
 */
async function settledPlanFailures(selects: Captured[], name: string): Promise<{ failures: string[]; custom: string[] }> {
  const failures: string[] = [];
  const custom: string[] = [];
  for (const statement of selects) {
    const client = await jobsPool.connect();
    let broken: Error | undefined;
    try {
      // The values as the driver sends them (text), as literals of the parameters' types.
      const args = statement.params.map((v) => (v === null || v === undefined ? "null" : client.escapeLiteral(String(prepareValue(v)))));
      await client.query(`prepare settled as ${statement.sql}`);
      const execute = `execute settled${args.length ? `(${args.join(", ")})` : ""}`;
      for (let i = 0; i < 6; i++) await client.query(execute);
      const [stats] = (await client.query(`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where name = 'settled'`)).rows as { generic: number; custom: number }[];
      const plan = ((await client.query(`explain (format json) ${execute}`)).rows[0]!["QUERY PLAN"] as ExplainRoot[])[0]!;
      const generic = stats!.generic > 0;
      if (!generic) custom.push(`  ${statement.sql.slice(0, 200)}…`);
      const found = problems(plan.Plan);
      if (found.length) failures.push(failureText(found, statement, plan, ` (${generic ? "generic" : "custom"} plan of the prepared statement)`));
      if (REPORT) report.push(`${name} (prepared, ${generic ? "generic" : "custom"} plans)\n  ${summary(plan)}`);
    } catch (error) {
      broken = error as Error;
      throw error;
    } finally {
      await client.query("deallocate settled").catch(() => undefined);
      // A connection that failed goes back broken (the pool drops it), never reused half-way.
      client.release(broken);
    }
  }
  return { failures, custom };
}

describe("every list query of the API reaches its rows through a tenant-leading index", () => {
  it.each(CASES)("$name", async (c) => {
    recording = [];
    const variables = { now: fixture.now, owner: fixture.ownerId, meeting: fixture.meetingId, stakeholder: fixture.stakeholderId, ...c.variables?.(fixture) };
    const res = await server.gql(c.query, variables, c.viaApiToken ? fixture.apiToken : c.viaEditor ? fixture.editorToken : fixture.token);
    const captured = recording;
    recording = null;
    expect(res.errors).toBeUndefined();
    const selects = captured.filter((q) => /^\s*(select|with)\b/i.test(q.sql));
    for (const table of c.tables) expect(selects.some((q) => new RegExp(`\\b(from|join) "?${table}"?\\b`).test(q.sql)), `a select from ${table}`).toBe(true);
    const failures = await planFailures(selects, c.name);
    // The read path's statements run prepared: after five runs PostgreSQL may switch to a generic
    // plan, made without the parameters' values. What it settles on must reach the rows the same way.
    const settled = await settledPlanFailures(selects.filter((q) => q.via === "read"), c.name);
    failures.push(...settled.failures);
    if (c.settlesGeneric) expect(selects.some((q) => q.via === "read"), "the case's lists ran on the read path").toBe(true);
    if (c.settlesGeneric) expect(settled.custom, `statements still planned per execution:\n${settled.custom.join("\n")}`).toEqual([]);
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("the requeue sweep finds runs left QUEUED through its partial index, not by reading every organisation's runs", async () => {
    recording = [];
    await requeueStrandedRuns({ db: server.db, enqueue: (async () => ({ enqueued: false })) as never }, { now: new Date() });
    const selects = (recording as Captured[]).filter((q) => /^\s*select\b/i.test(q.sql) && /"extraction_runs"/.test(q.sql));
    recording = null;
    expect(selects).toHaveLength(1);
    const failures = await planFailures(selects, "requeue sweep");
    expect(failures, failures.join("\n")).toEqual([]);
    expect(JSON.stringify(await explain(selects[0]!))).toContain("extraction_runs_queued_created_at_id_index");
  });

  it("covers every list field of the schema", () => {
    const schema = buildSchema(readFileSync(resolve(REPO_ROOT, "schema/schema.graphql"), "utf8"));
    const listItem = (type: GraphQLOutputType) => {
      const bare = isNonNullType(type) ? type.ofType : type;
      if (isListType(bare)) return getNamedType(bare);
      const named = getNamedType(bare);
      if (isObjectType(named) && named.name.endsWith("Connection")) return getNamedType(named.getFields().nodes?.type ?? named);
      return undefined;
    };
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      // Payloads return what the mutation just wrote (held in memory), not a list read from a table.
      if (!isObjectType(type) || type.name.startsWith("__") || /^(Mutation|Subscription)$|(Connection|Edge|Payload)$/.test(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const item = listItem(field.type);
        if (!item || !isObjectType(item)) continue;
        // Root lists all, and elsewhere lists of stored objects (Node); computed lists read no tables.
        if (type.name === "Query" || item.getInterfaces().some((i) => i.name === "Node")) lists.push(`${type.name}.${field.name}`);
      }
    }
    const covered = new Set(CASES.flatMap((c) => c.covers));
    expect(lists.filter((l) => !covered.has(l))).toEqual([]);
  });
});
