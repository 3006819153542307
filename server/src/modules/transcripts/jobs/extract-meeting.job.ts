import type { Logger } from "pino";
import { parseTranscript, type ExtractionProvider } from "../../../ai/index";
import type { Database } from "../../../platform/db";
import { Topic, type AppPubSub } from "../../../platform/pubsub";
import { todayInStockholm } from "../../../platform/validation";
import { AuditAction } from "../../audit/audit-event.entity";
import { recordAudit } from "../../audit/audit";
import { Meeting } from "../../meetings/meeting.entity";
import { ExtractionRun, ExtractionRunStatus } from "../extraction-run.entity";
import { storeExtraction } from "../extraction-store";
import { chooseProvider } from "../provider-selection";
import { Transcript } from "../transcript.entity";
import { failureOf, RunFailure, RunFailureCode } from "../transcript.errors";

/**
 * Job "extract-meeting": turn a meeting's transcript into decisions and action items.
 * - Idempotency key: the run id. QUEUED → RUNNING is a compare-and-set; a second delivery of the
 *   same run finds it RUNNING or finished and does nothing.
 * - Retry policy: none inside the job. The remote provider retries its own 429/5xx; a run that
 *   still fails is recorded FAILED with a code and a Swedish reason, and a person re-runs it.
 * - Schedule: on demand (attachTranscript, rerunExtraction).
 */
export const EXTRACT_MEETING_JOB = "extract-meeting";

export interface ExtractJobDeps {
  db: Database;
  pubsub: AppPubSub;
  logger: Logger;
  /** The configured provider; Fort Knox decides per meeting whether it may run. */
  provider: ExtractionProvider;
}

export async function runExtractionJob(deps: ExtractJobDeps, runId: string): Promise<void> {
  const log = deps.logger.child({ module: "extraction", job: EXTRACT_MEETING_JOB });
  const started = Date.now();
  // Found by id across organisations (the queue knows only the id); all later work is org-scoped.
  const located = await deps.db.system().findOne(ExtractionRun, { id: runId }, { filters: false, fields: ["organization", "meeting"] });
  if (!located) return;
  const orgId = located.organization.id;
  const meetingId = located.meeting.id;
  const em = deps.db.forOrg(orgId);
  const publishRun = () => deps.pubsub.publish(Topic.extractionRunChanged(orgId, meetingId), { id: runId, kind: "updated" });
  const progress = async (value: number, extra: Partial<Pick<ExtractionRun, "source">> = {}) => {
    await em.nativeUpdate(ExtractionRun, { id: runId, status: ExtractionRunStatus.RUNNING }, { progress: value, ...extra });
    publishRun();
  };

  const claimed = await em.nativeUpdate(ExtractionRun, { id: runId, status: ExtractionRunStatus.QUEUED }, { status: ExtractionRunStatus.RUNNING, progress: 5, startedAt: new Date() });
  if (!claimed) {
    log.info({ event: "extraction.skipped", runId }, "run already claimed or finished");
    return;
  }
  publishRun();

  try {
    const run = await em.findOneOrFail(ExtractionRun, { id: runId });
    const meeting = await em.findOneOrFail(Meeting, { id: meetingId });
    const choice = chooseProvider(deps.provider, meeting.sensitivity);
    if (!choice.ok) {
      recordAudit(em, {
        orgId,
        action: AuditAction.EXTRACTION_REFUSED_SENSITIVE,
        principal: null,
        meetingId,
        target: { type: "ExtractionRun", id: runId },
        details: { provider: deps.provider.name, code: choice.code },
      });
      await em.flush();
      throw new RunFailure(choice.code);
    }
    const transcript = run.transcript ? await em.findOne(Transcript, { id: run.transcript.id }, { populate: ["text"] }) : null;
    if (!transcript) throw new RunFailure(RunFailureCode.TRANSCRIPT_MISSING);
    await progress(20, { source: choice.provider.name });

    // Stored text passed the size cap when it was attached; parse it as it was parsed then.
    const parsed = parseTranscript(transcript.text, { format: transcript.format, maxBytes: Number.MAX_SAFE_INTEGER });
    const extractStarted = Date.now();
    const result = await choice.provider.extract(parsed, { meetingDate: todayInStockholm(meeting.startsAt) });
    const extractMs = Date.now() - extractStarted;
    await progress(80);

    const stored = await storeExtraction(em, { orgId, meetingId, runId, transcriptId: transcript.id }, result);
    if (!stored) {
      log.info({ event: "extraction.discarded", runId, meetingId }, "run or meeting gone before storing (consent withdrawn?)");
      return;
    }
    publishRun();
    const topic = Topic.actionItemChanged(orgId);
    for (const id of stored.removedActionItemIds) deps.pubsub.publish(topic, { id, kind: "deleted" });
    for (const id of stored.createdActionItemIds) deps.pubsub.publish(topic, { id, kind: "created" });
    log.info(
      {
        event: "extraction.succeeded",
        runId,
        meetingId,
        provider: choice.provider.name,
        local: choice.provider.isLocal,
        segments: parsed.segments.length,
        decisions: stored.decisions,
        actionItems: stored.actionItems,
        ownersLinked: stored.ownersLinked,
        skippedAsHumanEdited: stored.skippedAsHumanEdited,
        extractMs,
        durationMs: Date.now() - started,
      },
      "extraction succeeded",
    );
  } catch (error) {
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
