import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Role, User } from "../../src/platform/identity/user.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import type { Database } from "../../src/platform/db";
import { sql } from "../more-helpers";
import { createOrg, type TestOrg, type TestServer } from "../helpers";

/**
 * "Now" for every calendar test: the fixtures' meetings (March–April 2027) lie inside the import
 * window [now − 1 day, now + 180 days) whenever the tests run.
 */
export const NOW = new Date("2027-03-01T08:00:00Z");

export const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
export const fixtureBytes = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));

/** The people the fixtures name: a stakeholder (Karin Lind) and a user (Anders Berg) of the organisation. */
export interface CalendarOrg extends TestOrg {
  karin: Stakeholder;
  anders: User;
}

export async function createCalendarOrg(db: Database, label: string): Promise<CalendarOrg> {
  const base = await createOrg(db, label);
  const em = db.system();
  const karin = em.create(Stakeholder, { organization: base.org.id, name: "Karin Lind", title: "Digitaliseringschef", email: "Karin.Lind@kommun.example" });
  const anders = em.create(User, { organization: base.org.id, role: Role.EDITOR, name: "Anders Berg", email: "anders.berg@kommun.example" });
  await em.flush();
  return { ...base, karin, anders };
}

export const IMPORT = `mutation($ics: String!) {
  importCalendar(input: { ics: $ics }) {
    created updated cancelled unchanged
    meetings { id title startsAt endsAt location status agendaItems }
  }
}`;

export interface ImportResult {
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  meetings: { id: string; title: string; startsAt: string; endsAt: string | null; location: string | null; status: string; agendaItems: string[] }[];
}

export async function importIcs(server: TestServer, token: string, ics: string) {
  return server.gql<{ importCalendar: ImportResult | null }>(IMPORT, { ics }, token);
}

export interface MeetingRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  status: string;
  agenda_items: string[];
  organizer_id: string | null;
}

/** The ground truth: the organisation's meetings imported from `uid`, by start. */
export async function importedMeetings(db: Database, orgId: string, uid?: string): Promise<(MeetingRow & { recurrence_id: string; sequence: number })[]> {
  const rows = await sql<MeetingRow & { recurrence_id: string; sequence: number }>(
    db,
    `select m.id, m.title, m.starts_at, m.ends_at, m.location, m.status, m.agenda_items, m.organizer_id, e.recurrence_id, e.sequence
       from calendar_events e join meetings m on m.id = e.meeting_id
      where e.organization_id = ? ${uid ? "and e.uid = ?" : ""}
      order by m.starts_at, m.id`,
    uid ? [orgId, uid] : [orgId],
  );
  // Raw rows carry timestamps as text.
  return rows.map((r) => ({ ...r, starts_at: new Date(r.starts_at), ends_at: r.ends_at ? new Date(r.ends_at) : null, sequence: Number(r.sequence) }));
}

export async function participantsOf(db: Database, meetingId: string): Promise<{ name: string; email: string | null; stakeholder_id: string; consent: string }[]> {
  return sql(db, `select s.name, s.email, s.id as stakeholder_id, p.consent from participants p join stakeholders s on s.id = p.stakeholder_id where p.meeting_id = ? order by s.name`, [meetingId]);
}

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/** A calendar server on 127.0.0.1 that answers conditional GETs by ETag, like Google's and Outlook's. */
export interface CalendarHost {
  port: number;
  url(path: string): string;
  requests: FeedRequest[];
  /** What `path` serves from now on, with its ETag. */
  serve(path: string, body: Buffer | string, etag: string): void;
  close(): Promise<void>;
}

export async function startCalendarHost(host = "127.0.0.1", routes: Record<string, (res: import("node:http").ServerResponse) => void> = {}): Promise<CalendarHost> {
  const files = new Map<string, { body: Buffer; etag: string }>();
  const requests: FeedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (route) return route(res);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (req.headers["if-none-match"] === file.etag) {
      res.writeHead(304, { etag: file.etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/calendar; charset=utf-8", etag: file.etag, "last-modified": "Tue, 01 Dec 2026 09:00:00 GMT" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path) => `http://${host}:${port}${path}`,
    requests,
    serve(path, body, etag) {
      files.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), etag });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
