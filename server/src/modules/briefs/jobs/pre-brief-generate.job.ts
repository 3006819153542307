import { z } from "zod";
import { defineJob, type JobDeps } from "../../../platform/jobs/types";
import type { Logger } from "pino";
import { Meeting, MeetingStatus } from "../../meetings/meeting.entity";
import type { Brief } from "../brief.entity";
import { BriefService } from "../brief.service";
import { readBriefSettings } from "../brief-settings.store";
import { preBriefRecipients } from "../pre-brief.email";
import { PRE_BRIEF_EMAIL_JOB } from "./pre-brief-email.job";

export const PRE_BRIEF_GENERATE_JOB = "pre-brief-generate";

const generateData = z.object({
  meetingId: z.uuid(),
  orgId: z.uuid(),
  /** The start the sweep saw (part of the key: a moved meeting is a new run). */
  startsAt: z.iso.datetime().optional(),
});

/**
 * When the organisation e-mails pre-briefs: one "pre-brief-email" per recipient of the meeting's
 * latest PRE version (keys per version and user: a rerun mails no one twice).
 */
export async function enqueuePreBriefEmails(deps: Pick<JobDeps, "db" | "mailer" | "enqueueMany">, log: Logger, orgId: string, brief: Brief): Promise<number> {
  const em = deps.db.forOrg(orgId);
  if (!(await readBriefSettings(em, orgId)).preBriefEmail) return 0;
  if (!deps.mailer.configured) {
    log.info({ event: "brief.pre_email_skipped", reason: "smtp_not_configured", briefId: brief.id }, "pre-brief e-mail skipped");
    return 0;
  }
  const recipients = await preBriefRecipients(em, orgId, brief.meeting.id);
  if (!recipients.length) return 0;
  const { enqueued } = await deps.enqueueMany(PRE_BRIEF_EMAIL_JOB, recipients.map((r) => ({ data: { briefId: brief.id, userId: r.userId, orgId } })));
  log.info({ event: "brief.pre_email_enqueued", briefId: brief.id, recipients: recipients.length, enqueued }, "pre-brief e-mails enqueued");
  return enqueued;
}

/**
 * Job "pre-brief-generate": writes the meeting's PRE brief (published on `org.<orgId>.brief`) and,
 * when the organisation wants it, enqueues the e-mails.
 * - Idempotency key: `pre-brief-generate:<meetingId>:<startsAt ISO>`. Generating is idempotent
 *   by itself (a new version only when the body changed, under the meeting's row lock), and so is
 *   enqueueing the e-mails, so a redelivery after a crash between the two finishes the work.
 * - Retry: 3 attempts with backoff (database trouble); a meeting that is gone or no longer
 *   SCHEDULED is skipped, not failed.
 */
export const preBriefGenerateJob = defineJob({
  name: PRE_BRIEF_GENERATE_JOB,
  description: "Writes a meeting's pre-brief (participants, their open action items, earlier decisions on the same matter) and enqueues its e-mails.",
  data: generateData,
  key: (d) => `${PRE_BRIEF_GENERATE_JOB}:${d.meetingId}:${d.startsAt ?? "manual"}`,
  orgId: (d) => d.orgId,
  retry: { attempts: 3, delayMs: 5_000 },
  timeoutMs: 2 * 60_000,
  concurrency: 2,
  handler: async (ctx) => {
    const { meetingId, orgId } = ctx.data;
    const em = ctx.deps.db.forOrg(orgId);
    const meeting = await em.findOne(Meeting, { id: meetingId }, { fields: ["status"] });
    if (!meeting || meeting.status !== MeetingStatus.SCHEDULED) {
      ctx.log.info({ event: "brief.pre_skipped", meetingId, reason: meeting ? "not_scheduled" : "meeting_gone" }, "no pre-brief for this meeting");
      return;
    }
    const brief = await new BriefService(em, { orgId }, ctx.deps.pubsub, ctx.log).generatePre(meetingId);
    await enqueuePreBriefEmails(ctx.deps, ctx.log, orgId, brief);
  },
});
