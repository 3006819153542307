import type { EntityManager } from "@mikro-orm/postgresql";
import type { Clock } from "../../platform/clock";
import { ActionItemTrendPoint } from "./action-item-trend.objects";

/**
 * One row per Europe/Stockholm day, oldest first, ending today (by the injected clock). Each count
 * is the state at the end of that day, reconstructed from what an item records: it exists from
 * `created_at`, is done from `completed_at`, and a cancelled item leaves the counts at its last
 * change (`updated_at`: no cancellation time is stored). A reopened item counts as open throughout,
 * since its earlier completion is not kept. Overdue follows `ActionItem.isOverdue`: open, and due
 * before that day.
 *
 * Each item becomes a few +1/−1 events on local days (opens, closes, is done, falls overdue);
 * the events before the window are summed once and the rest run as a cumulative sum over the
 * days, so the cost grows with items + days, not items × days.
 *
 * Raw SQL bypasses the ORM's tenant filter, so the organisation is a parameter of the statement.
 */
const TREND_SQL = `
with bounds as (
  select (?::timestamptz at time zone 'Europe/Stockholm')::date as today, ?::int as days
),
days as (
  select d::date as day
  from bounds, generate_series(bounds.today - (bounds.days - 1), bounds.today, interval '1 day') as d
),
items as (
  select
    (created_at at time zone 'Europe/Stockholm')::date as start_day,
    case
      when status = 'DONE' then (coalesce(completed_at, updated_at) at time zone 'Europe/Stockholm')::date
      when status = 'CANCELLED' then (updated_at at time zone 'Europe/Stockholm')::date
    end as close_day,
    status,
    due_date + 1 as overdue_day
  from action_items
  where organization_id = ? and review_state in ('ACCEPTED', 'EDITED')
),
events as (
  select start_day as day, 1 as open, 0 as done, 0 as overdue from items where close_day is null or close_day > start_day
  union all
  select close_day, -1, 0, 0 from items where close_day > start_day
  union all
  select greatest(close_day, start_day), 0, 1, 0 from items where status = 'DONE'
  union all
  select greatest(start_day, overdue_day), 0, 0, 1 from items
  where overdue_day is not null and (close_day is null or close_day > greatest(start_day, overdue_day))
  union all
  select close_day, 0, 0, -1 from items where overdue_day is not null and close_day > greatest(start_day, overdue_day)
),
per_day as (
  select day, sum(open) as open, sum(done) as done, sum(overdue) as overdue from events group by day
),
before as (
  select coalesce(sum(open), 0) as open, coalesce(sum(done), 0) as done, coalesce(sum(overdue), 0) as overdue
  from per_day, bounds where day <= bounds.today - bounds.days
)
select days.day::text as date,
  (before.open + sum(coalesce(p.open, 0)) over w)::int as open,
  (before.done + sum(coalesce(p.done, 0)) over w)::int as done,
  (before.overdue + sum(coalesce(p.overdue, 0)) over w)::int as overdue
from days
cross join before
left join per_day p on p.day = days.day
window w as (order by days.day)
order by days.day`;

export class ActionItemTrendService {
  constructor(
    private readonly em: EntityManager,
    private readonly orgId: string,
    private readonly clock: Clock,
  ) {}

  async trend(days: number): Promise<ActionItemTrendPoint[]> {
    const now = this.clock.now().toISOString();
    const rows = await this.em.getConnection().execute<{ date: string; open: number; done: number; overdue: number }[]>(TREND_SQL, [now, days, this.orgId]);
    return rows.map((row) => Object.assign(new ActionItemTrendPoint(), row));
  }
}
