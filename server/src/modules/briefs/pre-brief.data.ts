import type { EntityManager } from "@mikro-orm/postgresql";
import { toGlobalId } from "../../platform/ids";
import { pgArray } from "../../platform/read-path";
import { Sensitivity, type Meeting } from "../meetings/meeting.entity";
import type { PreBriefDecision, PreBriefInput, PreBriefMeetingRef, PreBriefOpenItem, PreBriefParticipant } from "./pre-brief.markdown";
import { isFactSql } from "../decisions/review-state";

/**
 * The stakeholder fields a pre-brief shows: those the Stakeholder field rules give every VIEWER
 * (stakeholder.permissions.ts). E-mail is read to match owners and is never rendered; phone and
 * notes are never read. A test holds this list to the rules.
 */
export const PRE_BRIEF_STAKEHOLDER_FIELDS = ["name", "title", "organization", "influence", "interest"] as const;

/** Earlier meetings considered "the same matter": the best ranked this many. */
export const RELATED_MEETINGS = 10;
/** Open items of the participants read at most (the renderer shows ten per person). */
const MAX_PARTICIPANT_ITEMS = 1_000;

type Row = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
/** Text safely as a parameter: a JSON array read back in SQL (`jsonb_array_elements_text`). */
const textArray = (values: string[]) => JSON.stringify(values);

function meetingRef(row: Row, prefix = "meeting_"): PreBriefMeetingRef {
  const id = String(row[`${prefix}id`]);
  return { key: id, globalId: toGlobalId("Meeting", id), title: str(row[`${prefix}title`]), startsAt: date(row[`${prefix}starts_at`]) };
}

/**
 * Everything a pre-brief shows, in a fixed number of statements whatever the number of
 * participants, items or decisions (four, three without related meetings). Raw SQL bypasses the
 * tenant filter, so every statement names the organisation itself. Text of another SENSITIVE
 * meeting is nulled inside the statements: it never leaves the database.
 */
export async function loadPreBriefData(tx: EntityManager, orgId: string, meeting: Meeting): Promise<Omit<PreBriefInput, "sections">> {
  const people = await tx.execute<Row[]>(
    `select s.id, s.name, s.title, s.organization_name, s.influence, s.interest, lower(trim(s.email)) as email_key, lower(trim(s.name)) as name_key, p.role
       from participants p join stakeholders s on s.id = p.stakeholder_id and s.organization_id = p.organization_id
      where p.organization_id = ? and p.meeting_id = ?`,
    [orgId, meeting.id],
  );
  const emails = [...new Set(people.map((p) => str(p.email_key)).filter((e): e is string => !!e))];
  const names = [...new Set(people.map((p) => str(p.name_key)).filter((n): n is string => !!n))];

  // Open items owned by a participant (their user's e-mail, or the name said in the meeting), from any meeting.
  const owned = people.length
    ? await tx.execute<Row[]>(
        `select a.id, lower(u.email) as owner_email, lower(trim(a.owner_name)) as owner_name_key, a.due_date::text as due_date,
                case when m.sensitivity = 'SENSITIVE' and m.id <> ? then null else a.title end as title,
                m.id as meeting_id, case when m.sensitivity = 'SENSITIVE' and m.id <> ? then null else m.title end as meeting_title, m.starts_at as meeting_starts_at
           from action_items a
           join meetings m on m.id = a.meeting_id and m.organization_id = a.organization_id
           left join users u on u.id = a.owner_id and u.organization_id = a.organization_id
          where a.organization_id = ? and a.status = 'OPEN' and ${isFactSql("a")}
            and (lower(u.email) = any(array(select jsonb_array_elements_text(?::jsonb)))
                 or lower(trim(a.owner_name)) = any(array(select jsonb_array_elements_text(?::jsonb))))
          order by a.due_date nulls last, m.starts_at, a.id
          limit ${MAX_PARTICIPANT_ITEMS}`,
        [meeting.id, meeting.id, orgId, textArray(emails), textArray(names)],
      )
    : [];

  // Earlier meetings on the same matter: Swedish stemming of this meeting's title and agenda items,
  // each item a query of its own, OR-ed; ranked, then by participants in common, then the latest.
  const terms = [meeting.title, ...meeting.agendaItems].filter((t) => t.trim()).slice(0, 51);
  const stakeholderIds = people.map((p) => String(p.id));
  const related = await tx.execute<Row[]>(
    `with q as (select ${terms.map(() => "plainto_tsquery('swedish', ?)").join(" || ")} as query),
     earlier as (
       select m.id, m.title, m.starts_at, m.sensitivity,
              to_tsvector('swedish', m.title || ' ' || coalesce((select string_agg(x, ' ') from jsonb_array_elements_text(m.agenda_items) as x), '')) as doc,
              (select count(*) from participants p where p.organization_id = m.organization_id and p.meeting_id = m.id and p.stakeholder_id = any(?::uuid[]))::int as shared
         from meetings m
        where m.organization_id = ? and m.id <> ? and m.starts_at < ?
     )
     select e.id, e.starts_at, case when e.sensitivity = 'SENSITIVE' then null else e.title end as title, ts_rank(e.doc, q.query) as rank, e.shared
       from earlier e, q
      where e.doc @@ q.query or e.shared > 0
      order by rank desc, e.shared desc, e.starts_at desc, e.id
      limit ${RELATED_MEETINGS}`,
    [...terms, pgArray(stakeholderIds), orgId, meeting.id, meeting.startsAt],
  );
  const relatedIds = related.map((r) => String(r.id));

  const earlierRows = relatedIds.length
    ? await tx.execute<Row[]>(
        `select 'item' as kind, a.id, a.meeting_id, case when m.sensitivity = 'SENSITIVE' then null else a.title end as text,
                a.due_date::text as due_date, case when m.sensitivity = 'SENSITIVE' then null else coalesce(u.name, a.owner_name) end as owner, null::int as evidence_start_ms
           from action_items a
           join meetings m on m.id = a.meeting_id and m.organization_id = a.organization_id
           left join users u on u.id = a.owner_id and u.organization_id = a.organization_id
          where a.organization_id = ? and a.meeting_id = any(?::uuid[]) and a.status = 'OPEN' and ${isFactSql("a")}
         union all
         select 'decision', d.id, d.meeting_id, case when m.sensitivity = 'SENSITIVE' then null else d.text end, null, null, d.evidence_start_ms
           from decisions d
           join meetings m on m.id = d.meeting_id and m.organization_id = d.organization_id
          where d.organization_id = ? and d.meeting_id = any(?::uuid[]) and ${isFactSql("d")}`,
        [orgId, pgArray(relatedIds), orgId, pgArray(relatedIds)],
      )
    : [];

  // Each owned item goes to one participant: the one whose e-mail matches its owner, else by name.
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of [...people].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))) {
    const email = str(p.email_key);
    const name = str(p.name_key);
    if (email && !byEmail.has(email)) byEmail.set(email, String(p.id));
    if (name && !byName.has(name)) byName.set(name, String(p.id));
  }
  const itemsOf = new Map<string, PreBriefOpenItem[]>();
  const shown = new Set<string>();
  for (const row of owned) {
    const email = str(row.owner_email);
    const name = str(row.owner_name_key);
    const owner = (email ? byEmail.get(email) : undefined) ?? (name ? byName.get(name) : undefined);
    if (!owner) continue;
    shown.add(String(row.id));
    const list = itemsOf.get(owner) ?? [];
    list.push({ key: String(row.id), title: str(row.title), owner: null, dueDate: str(row.due_date), meeting: meetingRef(row) });
    itemsOf.set(owner, list);
  }

  const participants: PreBriefParticipant[] = people.map((p) => ({
    key: String(p.id),
    name: String(p.name),
    title: str(p.title),
    organization: str(p.organization_name),
    influence: p.influence == null ? null : Number(p.influence),
    interest: p.interest == null ? null : Number(p.interest),
    role: str(p.role),
    openItems: itemsOf.get(String(p.id)) ?? [],
  }));

  const refs = new Map(related.map((r) => [String(r.id), meetingRef(r, "")]));
  const earlierItems: PreBriefOpenItem[] = [];
  const earlierDecisions: PreBriefDecision[] = [];
  for (const row of earlierRows) {
    const ref = refs.get(String(row.meeting_id));
    if (!ref) continue;
    if (row.kind === "decision") {
      earlierDecisions.push({
        key: String(row.id),
        globalId: toGlobalId("Decision", String(row.id)),
        text: str(row.text),
        evidenceStartMs: row.evidence_start_ms == null ? null : Number(row.evidence_start_ms),
        meeting: ref,
      });
    } else if (!shown.has(String(row.id))) {
      earlierItems.push({ key: String(row.id), title: str(row.text), owner: str(row.owner), dueDate: str(row.due_date), meeting: ref });
    }
  }

  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt ?? null,
    location: meeting.location ?? null,
    agendaItems: meeting.agendaItems,
    sensitive: meeting.sensitivity === Sensitivity.SENSITIVE,
    participants,
    earlierItems,
    earlierDecisions,
  };
}
