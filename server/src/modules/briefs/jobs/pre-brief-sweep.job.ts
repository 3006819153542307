import { z } from "zod";
import { defineJob, type JobDeps } from "../../../platform/jobs/types";
import { DEFAULT_PRE_BRIEF_LEAD_HOURS, MAX_PRE_BRIEF_LEAD_HOURS } from "../brief-settings.store";
import { PRE_BRIEF_GENERATE_JOB } from "./pre-brief-generate.job";

export const PRE_BRIEF_SWEEP_JOB = "pre-brief-sweep";
/** Meetings found per sweep at most; the rest come with the next one (15 minutes later). */
const SWEEP_LIMIT = 1_000;

/**
 * SCHEDULED meetings, across all organisations, that start within their organisation's lead time
 * from `now` and have no PRE brief written for their current start. One statement; the constant
 * upper bound (the longest lead time) lets the partial index on scheduled starts bound the scan.
 */
export async function dueForPreBrief(deps: Pick<JobDeps, "db">, now: Date): Promise<{ meetingId: string; orgId: string; startsAt: string }[]> {
  const rows = await deps.db.system().getConnection().execute<{ id: string; organization_id: string; starts_at: Date | string }[]>(
    `select m.id, m.organization_id, m.starts_at
       from meetings m
       left join brief_settings s on s.organization_id = m.organization_id
      where m.status = 'SCHEDULED'
        and m.starts_at > ?::timestamptz
        and m.starts_at <= ?::timestamptz + make_interval(hours => ${MAX_PRE_BRIEF_LEAD_HOURS})
        and m.starts_at <= ?::timestamptz + make_interval(hours => coalesce(s.pre_brief_lead_hours, ${DEFAULT_PRE_BRIEF_LEAD_HOURS}))
        and not exists (select 1 from briefs b where b.meeting_id = m.id and b.organization_id = m.organization_id and b.kind = 'PRE' and b.for_starts_at = m.starts_at)
      order by m.starts_at, m.id
      limit ${SWEEP_LIMIT}`,
    [now, now, now],
  );
  return rows.map((r) => ({ meetingId: r.id, orgId: r.organization_id, startsAt: new Date(r.starts_at).toISOString() }));
}

/**
 * Job "pre-brief-sweep": every 15 minutes, enqueues "pre-brief-generate" for each meeting due for
 * its pre-brief. The generate key holds the meeting's start, so a sweep that finds a meeting again
 * before its brief is written enqueues nothing, and a moved meeting gets a new brief.
 */
export const preBriefSweepJob = defineJob({
  name: PRE_BRIEF_SWEEP_JOB,
  description: "Finds scheduled meetings within their organisation's pre-brief lead time (default 24 h) without a brief for their start, and enqueues one each.",
  data: z.object({}),
  key: () => `${PRE_BRIEF_SWEEP_JOB}@manual`,
  schedule: { cron: "*/15 * * * *" },
  retry: { attempts: 2 },
  handler: async (ctx) => {
    const due = await dueForPreBrief(ctx.deps, ctx.deps.clock.now());
    const { enqueued } = due.length ? await ctx.deps.enqueueMany(PRE_BRIEF_GENERATE_JOB, due.map((data) => ({ data }))) : { enqueued: 0 };
    ctx.log.info({ event: "brief.pre_sweep", due: due.length, enqueued }, "pre-brief sweep done");
  },
});
