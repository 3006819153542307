import { z } from "zod";
import { DeliveryError } from "../../../platform/delivery/types";
import { defineJob, JobError } from "../../../platform/jobs/types";
import { Brief, BriefKind } from "../brief.entity";
import { readBriefSettings } from "../brief-settings.store";
import { preBriefEmail, preBriefRecipients } from "../pre-brief.email";
import { Sensitivity } from "../../meetings/meeting.entity";

export const PRE_BRIEF_EMAIL_JOB = "pre-brief-email";

/** A delivery failure as the job system understands it: retried when trying again can help. */
export function deliveryFailure(error: unknown): unknown {
  return error instanceof DeliveryError ? new JobError(error.code, error.message, error.retryable) : error;
}

/**
 * Job "pre-brief-email": tells one participant (an active user) that the pre-brief is ready.
 * - Idempotency key: `pre-brief-email:<briefId>:<userId>`; the send runs in `ctx.once`, so a
 *   duplicate delivery that finds the key done sends nothing.
 * - Re-checked at send time: the organisation still wants the mails, the brief is still the latest
 *   PRE version (else the newer one has its own mails), the user is still an active participant.
 * - Retry: `DeliveryError`s that may pass later (SMTP unavailable, 4xx) with backoff, 5 attempts,
 *   then the dead letters; a rejection (5xx) goes there at once.
 * - Logs carry ids only: never names, addresses or text.
 */
export const preBriefEmailJob = defineJob({
  name: PRE_BRIEF_EMAIL_JOB,
  description: "E-mails one participant that the meeting's pre-brief is ready (with the text only for NORMAL meetings).",
  data: z.object({ briefId: z.uuid(), userId: z.uuid(), orgId: z.uuid() }),
  key: (d) => `${PRE_BRIEF_EMAIL_JOB}:${d.briefId}:${d.userId}`,
  orgId: (d) => d.orgId,
  retry: { attempts: 5, delayMs: 30_000, factor: 2, maxDelayMs: 30 * 60_000 },
  timeoutMs: 60_000,
  concurrency: 4,
  handler: async (ctx) => {
    const { briefId, userId, orgId } = ctx.data;
    const skip = (reason: string) => ctx.log.info({ event: "brief.pre_email_skipped", reason, briefId, userId }, "pre-brief e-mail skipped");
    if (!ctx.deps.mailer.configured) return skip("smtp_not_configured");
    const em = ctx.deps.db.forOrg(orgId);
    if (!(await readBriefSettings(em, orgId)).preBriefEmail) return skip("email_turned_off");
    const brief = await em.findOne(Brief, { id: briefId, kind: BriefKind.PRE }, { populate: ["meeting"] });
    if (!brief) return skip("brief_gone");
    const latest = await em.findOne(Brief, { meeting: brief.meeting.id, kind: BriefKind.PRE }, { orderBy: { version: "desc" }, fields: ["id"] });
    if (latest?.id !== brief.id) return skip("superseded");
    const [recipient] = await preBriefRecipients(em, orgId, brief.meeting.id, userId);
    if (!recipient) return skip("not_a_recipient");
    const meeting = brief.meeting;
    const message = preBriefEmail({
      to: recipient.email,
      meetingId: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      sensitive: meeting.sensitivity === Sensitivity.SENSITIVE,
      body: brief.body,
      publicUrl: ctx.deps.publicUrl,
    });
    const sent = await ctx
      .once(orgId, async () => {
        await ctx.deps.mailer.send(message, ctx.signal);
        return true;
      })
      .catch((error: unknown) => {
        throw deliveryFailure(error);
      });
    if (!sent) return skip("already_sent");
    ctx.log.info({ event: "brief.pre_email_sent", briefId, userId, meetingId: meeting.id }, "pre-brief e-mail sent");
  },
});
