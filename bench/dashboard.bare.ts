/**
 * The floor for `npm run bench`: a bare node:http + pg server, in its own process, answering the
 * dashboard's data with hand-written SQL (the same rows the GraphQL dashboard asks for). Started by
 * dashboard.bench.ts with DATABASE_URL, ORG_ID and PORT; prints "ready".
 */
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const orgId = process.env.ORG_ID!;

const server = createServer(async (req, res) => {
  if (req.url === "/hello") {
    res.setHeader("content-type", "application/json");
    res.end('{"data":{"__typename":"Query"}}');
    return;
  }
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const [meetings, meetingCount, items, itemCount] = await Promise.all([
    pool.query("select id, title, starts_at, location, sensitivity from meetings where organization_id = $1 and starts_at >= $2 order by starts_at asc, id asc limit 10", [orgId, from]),
    pool.query("select count(*) from meetings where organization_id = $1 and starts_at >= $2", [orgId, from]),
    pool.query(
      "select a.id, a.title, a.due_date, a.status, u.id as owner_id, u.name as owner_name from action_items a left join users u on u.id = a.owner_id where a.organization_id = $1 and a.status = 'OPEN' order by a.due_date asc nulls last, a.id asc limit 20",
      [orgId],
    ),
    pool.query("select count(*) from action_items where organization_id = $1 and status = 'OPEN'", [orgId]),
  ]);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ meetings: meetings.rows, meetingCount: meetingCount.rows[0], items: items.rows, itemCount: itemCount.rows[0] }));
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
