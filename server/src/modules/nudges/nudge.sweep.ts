import type { EntityManager } from "@mikro-orm/postgresql";
import { nextWorkingDay, stockholmDate, subtractWorkingHours, addDays } from "../../platform/time/working-time";
import { NUDGE_DEFAULTS } from "./nudge.entity";
import { isFactSql } from "../decisions/review-state";

/** How far back a due date may lie for its OVERDUE reminder (a sweep outage up to a week still catches up; older items are not dug up). */
export const OVERDUE_LOOKBACK_DAYS = 7;

export interface CreatedNudge {
  id: string;
  organization_id: string;
  recipient_id: string;
  action_item_id: string;
  kind: string;
}

export interface SweepResult {
  created: CreatedNudge[];
  statements: number;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const activeOwner = `join users u on u.id = ai.owner_id and u.active`;
const settings = `left join nudge_settings ns on ns.organization_id = ai.organization_id`;
const itemState = `left join nudge_item_states st on st.id = ai.id`;
/** Held back: blocked by the owner (the organiser was told), or snoozed until later. */
const notHeld = `st.blocked_at is null and (st.snoozed_until is null or st.snoozed_until <= $1)`;
const cols = `id, organization_id, recipient_id, action_item_id, kind, window_key, deliver_after, created_at, updated_at`;
const returning = `returning id, organization_id, recipient_id, action_item_id, kind::text as kind`;
// Each insert's select ends in an ORDER BY: the sort reads the whole candidate set (and finishes
// its anti-join against nudges) before the first row is inserted. Without it the anti-join would
// re-scan the rows this very statement is adding — quadratic on a young, small nudges table.

/**
 * Finds every due nudge of every organisation with set-based SQL — a constant number of statements
 * however many items there are — and inserts it. The unique key (item, kind, window, recipient)
 * makes the insert the idempotency point: two sweeps at once, a restart or a replay insert each
 * nudge once. Rules (per organisation, defaults in NUDGE_DEFAULTS):
 * - STALLED round 1: an OPEN item with an active owner whose last progress (its last change, or
 *   the owner's answer: blocked/unblocked) lies more than `stalled_hours` working hours back
 *   (Europe/Stockholm; weekends and holidays do not count). A snooze that has ended is due at once.
 * - STALLED round 2 + ESCALATION: round 1 left unanswered, the item unchanged, for another window:
 *   the owner gets a second nudge and the meeting's organiser (active, not the owner) one too.
 * - DUE_SOON from the working day before the due date through the due date; OVERDUE once after it.
 * Windows are keyed by the progress anchor (`r1@<anchor>`, `r2@<anchor>`) or the due date
 * (`due@<date>`), so any progress, a reassignment or a new due date starts a fresh window.
 */
export async function sweepNudges(em: EntityManager, now: Date, orgId?: string): Promise<SweepResult> {
  if (orgId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(orgId)) throw new Error("sweepNudges: orgId must be a uuid");
  // One organisation only (an operator's `--org`, and tests); inlined after the uuid check above.
  const scope = (alias: string) => (orgId ? `and ${alias}.organization_id = '${orgId}'` : "");
  const conn = em.getConnection();
  let statements = 0;
  const q = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    statements += 1;
    return conn.execute<T[]>(sql, params, "all");
  };

  const windows = await q<{ hours: number }>(`select distinct stalled_hours as hours from nudge_settings`, []);
  const hours = [...new Set([NUDGE_DEFAULTS.stalledHours, ...windows.map((w) => w.hours)])];
  const cutoffs = hours.map((h) => subtractWorkingHours(now, h));
  const today = stockholmDate(now);
  const cfg = `cfg as (select * from unnest(?::int[], ?::timestamptz[]) as c(hours, cutoff))`;
  const cfgParams = [`{${hours.join(",")}}`, `{${cutoffs.map((c) => `"${c.toISOString()}"`).join(",")}}`];

  // Knex-style placeholders: `?`. $1 is spelled out as the first param where it repeats.
  const sql = (text: string) => text.replaceAll("$1", "?::timestamptz");

  const round1 = await q<CreatedNudge>(
    sql(`with ${cfg},
      due as (
        select ai.id as item_id, ai.organization_id, ai.owner_id,
          case when st.snoozed_until is not null and st.snoozed_until > greatest(ai.updated_at, coalesce(st.answered_at, '-infinity'))
               then st.snoozed_until else greatest(ai.updated_at, coalesce(st.answered_at, '-infinity')) end as anchor,
          c.cutoff, st.snoozed_until
        from action_items ai
        ${activeOwner}
        ${settings}
        join cfg c on c.hours = coalesce(ns.stalled_hours, ${NUDGE_DEFAULTS.stalledHours})
        ${itemState}
        where ai.status = 'OPEN' and ai.owner_id is not null and ${isFactSql("ai")} and ${notHeld} ${scope("ai")}
          and (ai.updated_at <= c.cutoff or st.snoozed_until is not null)
      ),
      fresh as (
        select d.*, 'r1@' || to_char(d.anchor at time zone 'UTC', ${ISO}) as window_key from due d
        where d.anchor <= d.cutoff or d.anchor = d.snoozed_until
      )
      insert into nudges (${cols})
      select gen_random_uuid(), f.organization_id, f.owner_id, f.item_id, 'STALLED', f.window_key, $1, $1, $1 from fresh f
      where not exists (select 1 from nudges n where n.action_item_id = f.item_id and n.kind = 'STALLED' and n.window_key = f.window_key and n.recipient_id = f.owner_id)
      order by f.item_id
      on conflict do nothing ${returning}`),
    [...cfgParams, now, now, now, now],
  );

  const round2 = await q<CreatedNudge>(
    sql(`with ${cfg},
      unanswered as (
        select n.organization_id, n.recipient_id as owner_id, n.action_item_id, 'r2@' || substr(n.window_key, 4) as window_key,
          m.organizer_id, coalesce(ns.escalate, true) as escalate
        from nudges n
        join action_items ai on ai.id = n.action_item_id and ai.status = 'OPEN' and ai.owner_id = n.recipient_id and ai.updated_at <= n.created_at and ${isFactSql("ai")}
        join users u on u.id = n.recipient_id and u.active
        join meetings m on m.id = ai.meeting_id
        ${settings}
        join cfg c on c.hours = coalesce(ns.stalled_hours, ${NUDGE_DEFAULTS.stalledHours})
        ${itemState}
        where n.kind = 'STALLED' and n.window_key like 'r1@%' and n.answered_at is null and n.created_at <= c.cutoff and ${notHeld} ${scope("n")}
          and not exists (select 1 from nudges n2 where n2.action_item_id = n.action_item_id and n2.kind = 'STALLED' and n2.recipient_id = n.recipient_id and n2.window_key = 'r2@' || substr(n.window_key, 4))
      ),
      targets as (
        select organization_id, owner_id as recipient_id, action_item_id, 'STALLED'::nudge_kind as kind, window_key from unanswered
        union all
        select x.organization_id, x.organizer_id, x.action_item_id, 'ESCALATION'::nudge_kind, x.window_key from unanswered x
        join users o on o.id = x.organizer_id and o.active
        where x.escalate and x.organizer_id <> x.owner_id
      )
      insert into nudges (${cols})
      select gen_random_uuid(), organization_id, recipient_id, action_item_id, kind, window_key, $1, $1, $1 from targets
      order by action_item_id, kind
      on conflict do nothing ${returning}`),
    [...cfgParams, now, now, now, now],
  );

  const dated = await q<CreatedNudge>(
    sql(`with targets as (
        select ai.organization_id, ai.owner_id, ai.id as item_id,
          (case when ai.due_date < ?::date then 'OVERDUE' else 'DUE_SOON' end)::nudge_kind as kind,
          'due@' || ai.due_date::text as window_key
        from action_items ai
        ${activeOwner}
        ${settings}
        ${itemState}
        where ai.status = 'OPEN' and ai.owner_id is not null and ai.due_date is not null and ${isFactSql("ai")} and ${notHeld} ${scope("ai")}
          and ((ai.due_date between ?::date and ?::date and coalesce(ns.due_soon, true))
            or (ai.due_date < ?::date and ai.due_date >= ?::date and coalesce(ns.overdue, true)))
      )
      insert into nudges (${cols})
      select gen_random_uuid(), t.organization_id, t.owner_id, t.item_id, t.kind, t.window_key, $1, $1, $1 from targets t
      where not exists (select 1 from nudges n where n.action_item_id = t.item_id and n.kind = t.kind and n.window_key = t.window_key and n.recipient_id = t.owner_id)
      order by t.item_id
      on conflict do nothing ${returning}`),
    [today, now, today, nextWorkingDay(today), today, addDays(today, -OVERDUE_LOOKBACK_DAYS), now, now, now],
  );

  return { created: [...round1, ...round2, ...dated], statements };
}
