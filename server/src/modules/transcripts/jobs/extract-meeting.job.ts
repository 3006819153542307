import type { EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import type { ExtractionProvider } from "../../../ai/index";
import { defineJob, type JobDeps } from "../../../platform/jobs/types";
import { todayInStockholm } from "../../../platform/validation";
import { AuditAction } from "../../audit/audit-event.entity";
import { recordAudit } from "../../audit/audit";
import { Meeting, Sensitivity } from "../../meetings/meeting.entity";
import { consentRunFailureReason } from "../consent";
import { consentNow, parseStored, speakersOf } from "../consent-gate";
import { ExtractionRun, ExtractionRunStatus } from "../extraction-run.entity";
import { storeExtraction } from "../extraction-store";
import { chooseProvider } from "../provider-selection";
import { Transcript } from "../transcript.entity";
import { failureOf, isRunFailure, RunFailure, RunFailureCode, runFailureReason, SENSITIVE_AT_ATTACH_REASON } from "../transcript.errors";
import { actionItemChanged } from "../../decisions/action-item.topics";
import { extractionRunChanged } from "../extraction-run.topics";
import { readOrgModel } from "../../review/org-model.store";

/**
 * Job "extract-meeting": turn a meeting's transcript into decisions and action items.
 * - Idempotency key: the run id. QUEUED → RUNNING is a compare-and-set; a duplicate delivery finds
 *   the run RUNNING or finished and does nothing. A redelivery after a worker died (agenda hands a
 *   job whose lock lapsed to another worker; `attempt > 1`) may take over a RUNNING run: results
 *   are stored in one transaction, so the dead worker left nothing half-written.
 * - Retry policy: 3 attempts with backoff for infrastructure failures (database, worker loss). A
 *   provider or gate failure is not retried: it is recorded FAILED with a code and a Swedish reason,
 *   and a person re-runs it. After the last attempt the run is closed as INTERRUPTED (onDead).
 * - Schedule: on demand (attachTranscript, rerunExtraction); QUEUED runs that never reached the
 *   queue are enqueued again by "transcripts.requeue-runs" every five minutes.
 * - Gates: Fort Knox (the meeting now, and the transcript as attached) and consent (participants
 *   and every speaker) are checked when the run is claimed, again on fresh reads just before the
 *   provider is called, and consent once more under the lock that stores the result.
 */
export const EXTRACT_MEETING_JOB = "extract-meeting";

const extractData = z.object({ runId: z.uuid(), orgId: z.uuid() });

/** Where a gate stopped a run: when it was claimed, just before sending, or when storing. */
type GateStage = "claim" | "send" | "store";

/** What the job needs of the process: the database, pub/sub, a logger and the configured provider (Fort Knox decides per meeting whether it may run). */
export type ExtractJobDeps = Pick<JobDeps, "db" | "pubsub" | "logger" | "provider">;

export const extractMeetingJob = defineJob({
  name: EXTRACT_MEETING_JOB,
  description: "Turns a meeting's transcript into decisions and action items (consent and Fort Knox checked again).",
  data: extractData,
  key: (d) => `${EXTRACT_MEETING_JOB}:${d.runId}`,
  orgId: (d) => d.orgId,
  retry: { attempts: 3, delayMs: 2_000 },
  timeoutMs: 10 * 60_000,
  concurrency: 2,
  handler: async (ctx) => {
    await runExtractionJob(ctx.deps, ctx.data.runId, { takeOver: ctx.attempt > 1, signal: ctx.signal });
  },
  onDead: async (d, deps) => {
    await closeInterruptedRun(deps, d.runId);
  },
});

/** After the job's last attempt: a run still QUEUED or RUNNING is closed, so its meeting shows why. */
export async function closeInterruptedRun(deps: Pick<JobDeps, "db" | "pubsub">, runId: string): Promise<boolean> {
  const em = deps.db.system();
  const run = await em.findOne(ExtractionRun, { id: runId }, { filters: false, fields: ["organization", "meeting", "status"] });
  if (!run) return false;
  const closed = await em.nativeUpdate(
    ExtractionRun,
    { id: runId, status: { $in: [ExtractionRunStatus.QUEUED, ExtractionRunStatus.RUNNING] } },
    { status: ExtractionRunStatus.FAILED, progress: 100, failureCode: RunFailureCode.INTERRUPTED, failureReason: runFailureReason(RunFailureCode.INTERRUPTED), finishedAt: new Date() },
    { filters: false },
  );
  if (closed) deps.pubsub.publish(extractionRunChanged(run.organization.id, run.meeting.id), { id: runId, kind: "updated" });
  return closed > 0;
}

export async function runExtractionJob(deps: ExtractJobDeps, runId: string, opts: { takeOver?: boolean; signal?: AbortSignal } = {}): Promise<void> {
  const log = deps.logger.child({ module: "extraction", job: EXTRACT_MEETING_JOB });
  const started = Date.now();
  // Found by id across organisations (the queue knows only the id); all later work is org-scoped.
  const located = await deps.db.system().findOne(ExtractionRun, { id: runId }, { filters: false, fields: ["organization", "meeting"] });
  if (!located) return;
  const orgId = located.organization.id;
  const meetingId = located.meeting.id;
  const em = deps.db.forOrg(orgId);
  const publishRun = () => deps.pubsub.publish(extractionRunChanged(orgId, meetingId), { id: runId, kind: "updated" });
  const progress = async (value: number, extra: Partial<Pick<ExtractionRun, "source">> = {}) => {
    await em.nativeUpdate(ExtractionRun, { id: runId, status: ExtractionRunStatus.RUNNING }, { progress: value, ...extra });
    publishRun();
  };

  const claimable = opts.takeOver ? [ExtractionRunStatus.QUEUED, ExtractionRunStatus.RUNNING] : [ExtractionRunStatus.QUEUED];
  const claimed = await em.nativeUpdate(ExtractionRun, { id: runId, status: { $in: claimable } }, { status: ExtractionRunStatus.RUNNING, progress: 5, startedAt: new Date() });
  if (!claimed) {
    log.info({ event: "extraction.skipped", runId }, "run already claimed or finished");
    return;
  }
  publishRun();

  try {
    const run = await em.findOneOrFail(ExtractionRun, { id: runId });
    const transcript = run.transcript ? await em.findOne(Transcript, { id: run.transcript.id }, { populate: ["text"] }) : null;
    const sensitiveAtAttach = transcript?.sensitiveAtAttach ?? false;
    const meeting = await em.findOneOrFail(Meeting, { id: meetingId });

    /** Fort Knox: local only when the meeting is SENSITIVE now or the text was attached while it was. */
    const allowedProvider = async (sensitivity: Sensitivity, stage: GateStage): Promise<ExtractionProvider> => {
      const choice = chooseProvider(deps.provider, sensitiveAtAttach ? Sensitivity.SENSITIVE : sensitivity);
      if (choice.ok) return choice.provider;
      const sensitiveNow = sensitivity === Sensitivity.SENSITIVE;
      const audit = deps.db.forOrg(orgId);
      recordAudit(audit, {
        orgId,
        action: AuditAction.EXTRACTION_REFUSED_SENSITIVE,
        principal: null,
        meetingId,
        target: { type: "ExtractionRun", id: runId },
        details: { provider: deps.provider.name, code: choice.code, stage, sensitiveNow, sensitiveAtAttach },
      });
      await audit.flush();
      throw new RunFailure(choice.code, sensitiveNow ? undefined : SENSITIVE_AT_ATTACH_REASON);
    };
    const provider = await allowedProvider(meeting.sensitivity, "claim");
    if (!transcript) throw new RunFailure(RunFailureCode.TRANSCRIPT_MISSING);

    const parsed = parseStored(transcript);
    const speakers = speakersOf(parsed);
    /** The consent gate again: participants may have changed since the run was queued. */
    const requireConsent = async (reader: EntityManager, stage: GateStage) => {
      const summary = await consentNow(reader, meetingId, speakers);
      if (summary.ok) return;
      const counts = { participants: summary.participants, pending: summary.pending, declined: summary.declined, speakers: summary.speakers, unmatchedSpeakers: summary.unmatchedSpeakers };
      const audit = deps.db.forOrg(orgId);
      recordAudit(audit, { orgId, action: AuditAction.EXTRACTION_REFUSED_CONSENT, principal: null, meetingId, target: { type: "ExtractionRun", id: runId }, details: { stage, ...counts } });
      await audit.flush();
      log.info({ event: "extraction.refused_consent", runId, meetingId, stage, ...counts }, "consent gate stopped the run");
      throw new RunFailure(RunFailureCode.CONSENT_REQUIRED, consentRunFailureReason(summary));
    };
    await requireConsent(em, "claim");
    await progress(20, { source: provider.name });

    // The last look before any text leaves this process, on a fresh entity manager: the meeting
    // may have been reclassified, or consent changed, while the run was queued or parsing.
    const fresh = deps.db.forOrg(orgId);
    await requireConsent(fresh, "send");
    const now = await fresh.findOne(Meeting, { id: meetingId }, { fields: ["sensitivity"] });
    if (!now) throw new RunFailure(RunFailureCode.TRANSCRIPT_MISSING);
    const checked = await allowedProvider(now.sensitivity, "send");
    // A worker shutting down or a timed-out run sends nothing more.
    if (opts.signal?.aborted) throw opts.signal.reason;
    // The organisation's own model (retrained offline from its reviewers' verdicts), as data for the local extractor.
    const orgModel = checked.isLocal ? await readOrgModel(fresh, orgId) : null;
    const extractStarted = Date.now();
    const result = await checked.extract(parsed, { meetingDate: todayInStockholm(meeting.startsAt), model: orgModel?.model ?? null });
    const extractMs = Date.now() - extractStarted;
    await progress(80);

    // Under the meeting lock that stores the items, once more: nothing is stored without consent.
    const stored = await storeExtraction(em, { orgId, meetingId, runId, transcriptId: transcript.id }, result, (tx) => requireConsent(tx, "store"));
    if (!stored) {
      log.info({ event: "extraction.discarded", runId, meetingId }, "run or meeting gone before storing (consent withdrawn?)");
      return;
    }
    publishRun();
    const topic = actionItemChanged(orgId);
    for (const id of stored.removedActionItemIds) deps.pubsub.publish(topic, { id, kind: "deleted" });
    for (const id of stored.createdActionItemIds) deps.pubsub.publish(topic, { id, kind: "created" });
    log.info(
      {
        event: "extraction.succeeded",
        runId,
        meetingId,
        provider: checked.name,
        local: checked.isLocal,
        segments: parsed.segments.length,
        decisions: stored.decisions,
        actionItems: stored.actionItems,
        suggested: stored.suggested,
        orgModel: orgModel ? orgModel.hash.slice(0, 16) : null,
        ownersLinked: stored.ownersLinked,
        skippedAsHumanEdited: stored.skippedAsHumanEdited,
        extractMs,
        durationMs: Date.now() - started,
      },
      "extraction succeeded",
    );
  } catch (error) {
    // Infrastructure (database, shutdown, timeout): the job system retries, and after the last
    // attempt closes the run (onDead). The run's own failures are recorded now and not retried.
    if (!isRunFailure(error)) throw error;
    const failure = failureOf(error);
    const updated = await em.nativeUpdate(
      ExtractionRun,
      { id: runId, status: ExtractionRunStatus.RUNNING },
      { status: ExtractionRunStatus.FAILED, progress: 100, failureCode: failure.code, failureReason: failure.reason, finishedAt: new Date() },
    );
    if (updated) publishRun();
    log.warn(
      { event: "extraction.failed", runId, meetingId, code: failure.code, errorName: error instanceof Error ? error.name : typeof error, durationMs: Date.now() - started },
      "extraction failed",
    );
  }
}
