/**
 * The floor for `npm run bench`: a bare node:http + pg server, in its own process, answering the
 * dashboard with hand-written SQL — the same data, in the same JSON, as the GraphQL `Dashboard`
 * query returns (dashboard.bench.ts checks that the two bodies are equal before it measures).
 * Written as a careful developer would by hand: three statements in parallel, each page with its
 * count as a subquery, the meetings' briefs as a JSON aggregate, the owners and meetings of the
 * action items by join. Started by dashboard.bench.ts with DATABASE_URL, ORG_ID, NOW,
 * MEETINGS_FIRST, ITEMS_FIRST, CAN_EDIT, PORT and PREPARED; prints "ready".
 */
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const orgId = process.env.ORG_ID!;
const now = process.env.NOW!;
const meetingsFirst = Number(process.env.MEETINGS_FIRST);
const itemsFirst = Number(process.env.ITEMS_FIRST);
const canEdit = process.env.CAN_EDIT === "true";
/** PREPARED=true: the three statements as named prepared statements, as the full stack's read path runs them. */
const prepared = process.env.PREPARED === "true";
const FACT = `review_state in ('ACCEPTED', 'EDITED')`;
const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

const MEETINGS = `
  select m.id, m.title, m.starts_at, m.ends_at, m.status, m.sensitivity, m.location,
    (select coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'version', b.version, 'createdAt', b.created_at) order by b.kind asc, b.version desc, b.id asc), '[]')
       from briefs b where b.organization_id = m.organization_id and b.meeting_id = m.id) as briefs,
    (select count(*) from meetings where organization_id = $1 and starts_at >= $2) as total
  from meetings m where m.organization_id = $1 and m.starts_at >= $2 order by m.starts_at asc, m.id asc limit $3`;
const ITEMS = `
  select a.id, a.title, a.status, a.due_date::text as due_date, a.completed_at, a.owner_name, a.updated_at, a.source, a.edited_by_human, a.review_state,
    u.id as owner_id, u.name as owner_user_name, m.id as meeting_id, m.title as meeting_title,
    (select count(*) from action_items where organization_id = $1 and status = 'OPEN' and ${FACT}) as total
  from action_items a
  left join users u on u.id = a.owner_id and u.organization_id = a.organization_id
  join meetings m on m.id = a.meeting_id and m.organization_id = a.organization_id
  where a.organization_id = $1 and a.status = 'OPEN' and a.${FACT}
  order by a.due_date asc nulls last, a.id asc limit $2`;
const OVERDUE = `select count(*) as total from action_items where organization_id = $1 and status = 'OPEN' and ${FACT} and due_date < $2::date`;

interface MeetingRow { id: string; title: string; starts_at: Date; ends_at: Date | null; status: string; sensitivity: string; location: string | null; briefs: { id: string; kind: string; version: number; createdAt: string }[]; total: string }
interface ItemRow { id: string; title: string; status: string; due_date: string | null; completed_at: Date | null; owner_name: string | null; updated_at: Date; source: string; edited_by_human: boolean; review_state: string; owner_id: string | null; owner_user_name: string | null; meeting_id: string; meeting_title: string; total: string }

/** The schema's global ids (base64url of `Type:uuid`). */
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");
/** timestamptz as GraphQL's DateTimeISO writes it; json_agg gives PostgreSQL's own text form. */
const iso = (v: Date | string | null) => (v == null ? null : new Date(v).toISOString());

const server = createServer(async (req, res) => {
  if (req.url === "/hello") {
    res.setHeader("content-type", "application/json");
    res.end('{"data":{"__typename":"Query"}}');
    return;
  }
  const today = stockholmDay.format(new Date());
  const [meetings, items, overdue] = await Promise.all([
    pool.query<MeetingRow>({ text: MEETINGS, values: [orgId, now, meetingsFirst], name: prepared ? "meetings" : undefined }),
    pool.query<ItemRow>({ text: ITEMS, values: [orgId, itemsFirst], name: prepared ? "items" : undefined }),
    pool.query<{ total: string }>({ text: OVERDUE, values: [orgId, today], name: prepared ? "overdue" : undefined }),
  ]);
  const data = {
    viewer: { canEdit },
    upcomingMeetings: {
      totalCount: Number(meetings.rows[0]?.total ?? 0),
      nodes: meetings.rows.map((m) => ({
        id: gid("Meeting", m.id),
        startsAt: iso(m.starts_at),
        title: m.title,
        endsAt: iso(m.ends_at),
        status: m.status,
        sensitivity: m.sensitivity,
        location: m.location,
        briefs: m.briefs.map((b) => ({ id: gid("Brief", b.id), kind: b.kind, version: b.version, createdAt: iso(b.createdAt) })),
      })),
    },
    openActionItems: {
      totalCount: Number(items.rows[0]?.total ?? 0),
      nodes: items.rows.map((a) => ({
        id: gid("ActionItem", a.id),
        status: a.status,
        isOverdue: a.status === "OPEN" && a.due_date != null && a.due_date < today,
        title: a.title,
        dueDate: a.due_date,
        completedAt: iso(a.completed_at),
        ownerName: a.owner_name,
        owner: a.owner_id ? { id: gid("User", a.owner_id), name: a.owner_user_name } : null,
        meeting: { id: gid("Meeting", a.meeting_id), title: a.meeting_title },
        viewerCanEdit: canEdit,
        updatedAt: iso(a.updated_at),
        source: a.source,
        editedByHuman: a.edited_by_human,
        reviewState: a.review_state,
      })),
    },
    overdueActionItems: { totalCount: Number(overdue.rows[0]?.total ?? 0) },
  };
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ data }));
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
