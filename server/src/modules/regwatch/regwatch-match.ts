import type { EntityManager } from "@mikro-orm/postgresql";
import { pgArray } from "../../platform/read-path";

export interface CreatedAlert {
  id: string;
  organization_id: string;
  severity: string;
}

/** Upcoming meetings looked at: those starting within this many days. */
export const MEETING_HORIZON_DAYS = 60;

/** Agenda items every meeting has: they say nothing about what the meeting is about. */
const GENERIC_AGENDA = ["övriga frågor", "övrigt", "anmälningsärenden", "mötets öppnande", "mötets avslutande", "föregående protokoll", "val av justerare", "godkännande av dagordning", "information", "nästa möte"];
const genericAgenda = `array[${GENERIC_AGENDA.map((p) => `'${p}'`).join(", ")}]::text[]`;

/**
 * Matches new versions against every organisation that may read them — all organisations for a
 * system-wide source, the owner for an organisation's own — and inserts one alert per
 * (organisation, version) that matched something. One statement, whatever the number of versions,
 * organisations, topics, meetings and stakeholders:
 *
 * - topics: the item's identifier (or an act the version amends) among the topic's SFS/CELEX ids
 *   → HIGH (a hash join on the identifiers); the topic's words (`tsq`, websearch syntax, Swedish)
 *   against the version's tsvector → MEDIUM, ranked with ts_rank — each distinct query is matched
 *   once and fanned out to the topics that share it; an admin's severity on the topic overrides;
 * - meetings: SCHEDULED in the next 60 days whose title or an agenda item (every word of it, Swedish
 *   stemming) is in the text, or whose title/agenda names the item's SFS number or CELEX → LOW;
 * - stakeholders: whose organisation the text names as a phrase → LOW.
 *
 * Distinct meeting phrases and stakeholder organisations are matched once each, then fanned out.
 * `on conflict do nothing` on (organization, version): a replay or a second worker alerts once.
 */
export async function matchVersions(tx: EntityManager, versionIds: readonly string[], now: Date): Promise<CreatedAlert[]> {
  if (!versionIds.length) return [];
  const horizon = new Date(now.getTime() + MEETING_HORIZON_DAYS * 86_400_000);
  return tx.execute<CreatedAlert[]>(
    `with nv as materialized (
       select v.id, v.organization_id as src_org, v.search, v.amends, i.identifier, i.identifier_kind::text as kind
       from regwatch_versions v join regwatch_items i on i.id = v.item_id
       where v.id = any(?::uuid[])
     ),
     scope as materialized (
       select coalesce(bool_or(src_org is null), false) as everyone, coalesce(array_agg(distinct src_org) filter (where src_org is not null), '{}'::uuid[]) as orgs from nv
     ),
     topic_q as materialized (
       select distinct t.text_query, t.tsq as q from regwatch_topics t cross join scope s
       where t.text_query <> '' and numnode(t.tsq) > 0 and (s.everyone or t.organization_id = any(s.orgs))
     ),
     text_hits as materialized (
       select nv.id as version_id, nv.src_org, tq.text_query, ts_rank(nv.search, tq.q) as rank
       from nv join topic_q tq on nv.search @@ tq.q
     ),
     nv_idents as (
       select id as version_id, src_org, identifier as ident from nv
       union
       select id, src_org, unnest(amends) from nv
     ),
     act_hits as (
       select distinct ni.version_id, t.id as topic_id
       from nv_idents ni join (select id, organization_id, unnest(identifiers) as ident from regwatch_topics where cardinality(identifiers) > 0) t
         on t.ident = ni.ident and (ni.src_org is null or t.organization_id = ni.src_org)
     ),
     topic_hits as (
       select t.organization_id as org_id, h.version_id, t.id as topic_id, t.name,
         coalesce(t.severity, (case when bool_or(h.act) then 'HIGH' else 'MEDIUM' end)::regwatch_severity) as severity, max(h.rank) as rank
       from (
         select th.version_id, t.id as topic_id, false as act, th.rank
         from text_hits th join regwatch_topics t on t.text_query = th.text_query and (th.src_org is null or t.organization_id = th.src_org)
         union all
         select version_id, topic_id, true, 0 from act_hits
       ) h join regwatch_topics t on t.id = h.topic_id
       group by t.organization_id, h.version_id, t.id, t.name, t.severity
     ),
     meeting_p as materialized (
       select m.id, m.organization_id, m.starts_at, m.title, m.agenda_items::text as agenda_text, lower(p.phrase) as phrase
       from meetings m
       cross join scope s
       cross join lateral (
         select m.title as phrase
         union all
         select e from jsonb_array_elements_text(case when jsonb_typeof(m.agenda_items) = 'array' then m.agenda_items else '[]'::jsonb end) e
       ) p
       where m.status = 'SCHEDULED' and m.starts_at >= ? and m.starts_at < ?
         and (s.everyone or m.organization_id = any(s.orgs))
         and lower(p.phrase) <> all(${genericAgenda})
     ),
     meeting_phrase as materialized (
       select d.phrase, plainto_tsquery('swedish', d.phrase) as q from (select distinct phrase from meeting_p) d
     ),
     meeting_hits as (
       select m.organization_id as org_id, h.version_id, m.id as meeting_id, m.starts_at
       from (select nv.id as version_id, nv.src_org, mp.phrase from nv join meeting_phrase mp on numnode(mp.q) > 0 and nv.search @@ mp.q) h
       join meeting_p m on m.phrase = h.phrase and (h.src_org is null or m.organization_id = h.src_org)
       union
       select m.organization_id, nv.id, m.id, m.starts_at
       from nv join (select distinct id, organization_id, starts_at, title, agenda_text from meeting_p) m on (nv.src_org is null or m.organization_id = nv.src_org)
       where nv.kind in ('SFS', 'CELEX') and strpos(m.title || ' ' || m.agenda_text, nv.identifier) > 0
     ),
     stakeholder_phrase as materialized (
       select d.phrase, phraseto_tsquery('swedish', d.phrase) as q
       from (
         select distinct st.organization_name as phrase from stakeholders st cross join scope s
         where st.organization_name is not null and length(st.organization_name) >= 3
           and (s.everyone or st.organization_id = any(s.orgs))
       ) d
     ),
     stakeholder_hits as (
       select s.organization_id as org_id, h.version_id, s.id as stakeholder_id
       from (select nv.id as version_id, nv.src_org, sp.phrase from nv join stakeholder_phrase sp on numnode(sp.q) > 0 and nv.search @@ sp.q) h
       join stakeholders s on s.organization_name = h.phrase and (h.src_org is null or s.organization_id = h.src_org)
     ),
     topic_agg as (
       select org_id, version_id, max(severity) as severity, max(rank) as rank,
         jsonb_agg(jsonb_build_object('id', topic_id, 'name', name) order by name, topic_id) as topics
       from topic_hits group by org_id, version_id
     ),
     meeting_agg as (
       select org_id, version_id, jsonb_agg(meeting_id order by starts_at, meeting_id) as meetings
       from (select distinct org_id, version_id, meeting_id, starts_at from meeting_hits) d group by org_id, version_id
     ),
     stakeholder_agg as (
       select org_id, version_id, jsonb_agg(distinct stakeholder_id) as stakeholders from stakeholder_hits group by org_id, version_id
     ),
     relevant as (
       select org_id, version_id from topic_agg union select org_id, version_id from meeting_agg union select org_id, version_id from stakeholder_agg
     )
     insert into regwatch_alerts (id, organization_id, source_id, item_id, version_id, identifier, title, link, change_type, published_on, in_force_on, diff_summary,
       severity, state, matched_topics, matched_meeting_ids, matched_stakeholder_ids, rank, created_at, updated_at)
     select gen_random_uuid(), r.org_id, v.source_id, v.item_id, v.id, i.identifier, v.title, coalesce(v.url, i.url), v.change_type, v.published_on, v.in_force_on, v.diff_summary,
       coalesce(ta.severity, 'LOW'), 'NEW', coalesce(ta.topics, '[]'::jsonb), coalesce(ma.meetings, '[]'::jsonb), coalesce(sa.stakeholders, '[]'::jsonb), coalesce(ta.rank, 0), ?, ?
     from relevant r
     join regwatch_versions v on v.id = r.version_id
     join regwatch_items i on i.id = v.item_id
     left join topic_agg ta on ta.org_id = r.org_id and ta.version_id = r.version_id
     left join meeting_agg ma on ma.org_id = r.org_id and ma.version_id = r.version_id
     left join stakeholder_agg sa on sa.org_id = r.org_id and sa.version_id = r.version_id
     order by r.org_id, r.version_id
     on conflict (organization_id, version_id) do nothing
     returning id, organization_id, severity::text as severity`,
    [pgArray(versionIds), now, horizon, now, now],
  );
}
