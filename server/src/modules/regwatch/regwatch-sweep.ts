import type { EntityManager } from "@mikro-orm/postgresql";
import { HOST_GAP_SECONDS } from "./regwatch-poll";

/** The schedule runs every five minutes and plans the polls due before the next run. */
export const SWEEP_INTERVAL_MS = 5 * 60_000;
/** Polls planned per run at most; the rest stay due for the next. */
const MAX_PER_SWEEP = 5_000;

export interface DuePoll {
  id: string;
  organization_id: string | null;
  /** The source's next_poll_at as planned (ISO): the run's slot, part of its key. */
  slot: string;
  /** From now: the source's due time, after its host's gap, staggered per host. */
  delay_ms: number;
}

/**
 * Every enabled source due before the next sweep, in one statement. Sources on the same host are
 * spaced HOST_GAP_SECONDS apart (their rank within the host), and none before the host's own next
 * allowed fetch, so one sweep never sends a burst to one server.
 */
export async function duePolls(em: EntityManager, now: Date): Promise<DuePoll[]> {
  const windowEnd = new Date(now.getTime() + SWEEP_INTERVAL_MS);
  const rows = await em.getConnection().execute<{ id: string; organization_id: string | null; slot: string; delay_ms: number | string }[]>(
    `with due as (
       select s.id, s.organization_id, s.host, coalesce(s.next_poll_at, ?::timestamptz) as due_at,
         row_number() over (partition by s.host order by coalesce(s.next_poll_at, ?::timestamptz), s.id) - 1 as rank
       from regwatch_sources s
       where s.enabled and (s.next_poll_at is null or s.next_poll_at < ?)
     )
     select d.id, d.organization_id, to_char(d.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as slot,
       (greatest(extract(epoch from (greatest(d.due_at, coalesce(h.next_fetch_at, d.due_at)) - ?::timestamptz)) * 1000, 0) + d.rank * ?)::float8 as delay_ms
     from due d left join regwatch_hosts h on h.host = d.host
     order by d.due_at, d.id
     limit ?`,
    [now, now, windowEnd, now, HOST_GAP_SECONDS * 1000, MAX_PER_SWEEP],
  );
  return rows.map((r) => ({ ...r, delay_ms: Math.max(0, Math.round(Number(r.delay_ms))) }));
}
