import { z } from "zod";
import { defineJob } from "../../../platform/jobs/types";
import { SPEECH_REASONS, SpeechFailureCode } from "../speech.errors";

export const SPEECH_PRUNE_JOB = "speech.prune";
/** A transcription waits this long for its speakers to be mapped; then its text is deleted. */
export const SPEECH_HOLD_DAYS = 7;
/** Audio of a run that never reached a worker (or whose worker vanished) is deleted after this. */
export const SPEECH_AUDIO_MAX_HOURS = 24;

/**
 * Job "speech.prune" (hourly, system-wide): data minimisation behind the job's own deletes. Held
 * text older than SPEECH_HOLD_DAYS → FAILED/EXPIRED; audio still stored after SPEECH_AUDIO_MAX_HOURS
 * → deleted and the row FAILED. Idempotent (updates of rows still in those states); "now" from the job clock.
 */
export const speechPruneJob = defineJob({
  name: SPEECH_PRUNE_JOB,
  description: `Deletes speech-to-text text held for speaker mapping after ${SPEECH_HOLD_DAYS} days and stored audio after ${SPEECH_AUDIO_MAX_HOURS} hours.`,
  data: z.object({}),
  key: () => `${SPEECH_PRUNE_JOB}@manual`,
  schedule: { cron: "17 * * * *" },
  retry: { attempts: 3 },
  handler: async (ctx) => {
    const now = ctx.deps.clock.now();
    const conn = ctx.deps.db.system().getConnection();
    const expired = await conn.execute<{ count: number }[]>(
      `with gone as (update speech_transcriptions set status = 'FAILED', pending_text = null, audio = null, failure_code = ?, failure_reason = ?, finished_at = ?, updated_at = ?
         where status = 'NEEDS_SPEAKERS' and updated_at < ?::timestamptz - make_interval(days => ?::int) returning 1) select count(*)::int as count from gone`,
      [SpeechFailureCode.EXPIRED, SPEECH_REASONS.EXPIRED, now, now, now, SPEECH_HOLD_DAYS],
    );
    const stale = await conn.execute<{ count: number }[]>(
      `with gone as (update speech_transcriptions set status = case when status in ('QUEUED', 'RUNNING') then 'FAILED'::speech_transcription_status else status end,
           failure_code = case when status in ('QUEUED', 'RUNNING') then ? else failure_code end,
           failure_reason = case when status in ('QUEUED', 'RUNNING') then ? else failure_reason end,
           audio = null, updated_at = ?
         where audio is not null and created_at < ?::timestamptz - make_interval(hours => ?::int) returning 1) select count(*)::int as count from gone`,
      [SpeechFailureCode.TRANSCRIPTION_FAILED, SPEECH_REASONS.TRANSCRIPTION_FAILED, now, now, SPEECH_AUDIO_MAX_HOURS],
    );
    ctx.log.info({ event: "speech.pruned", expired: expired[0]?.count ?? 0, audioDeleted: stale[0]?.count ?? 0 }, "speech data pruned");
  },
});
