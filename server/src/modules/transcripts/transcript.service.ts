import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { parseTranscript, TranscriptError, type Transcript as ParsedTranscript } from "../../ai/index";
import type { Principal } from "../../platform/auth";
import { notFound } from "../../platform/errors";
import { Topic, type AppPubSub } from "../../platform/pubsub";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";
import { Organization } from "../organizations/organization.entity";
import { User } from "../organizations/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { Participant } from "../meetings/participant.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import { Brief, BriefKind } from "../briefs/brief.entity";
import { summarizeConsent, type ConsentSummary } from "./consent";
import type { ExtractionRuntime } from "./extraction-jobs";
import { ExtractionRun, ExtractionRunStatus } from "./extraction-run.entity";
import { Transcript, type TranscriptFormat } from "./transcript.entity";
import { consentRequired, invalidTranscript, noTranscript } from "./transcript.errors";

/** A rerun within this window returns the active run instead of starting another (double clicks). */
const ACTIVE_RUN_WINDOW_MS = 5 * 60_000;
const machineMade = (meetingId: string) => ({ meeting: meetingId, source: { $ne: "manual" } });

export interface AttachInput {
  meetingId: string;
  content: string;
  filename?: string | null;
  format?: TranscriptFormat | null;
}

/** Transcripts, the consent gate, extraction runs and what consent withdrawal deletes. */
export class TranscriptService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly runtime: ExtractionRuntime,
    private readonly logger: Logger,
  ) {}

  /**
   * Consent gate → parse → store transcript and a QUEUED run (one transaction, meeting locked) →
   * enqueue. A refusal stores no text: only an audit event that an attempt was made.
   */
  async attach(input: AttachInput): Promise<{ transcript: Transcript; run: ExtractionRun }> {
    const meeting = await this.meeting(input.meetingId);
    await this.requireConsent(this.em, meeting.id, "attach");
    let parsed: ParsedTranscript;
    try {
      parsed = parseTranscript(input.content, { maxBytes: this.runtime.transcriptMaxBytes, ...(input.format ? { format: input.format } : {}) });
    } catch (error) {
      if (error instanceof TranscriptError) throw invalidTranscript(error);
      throw error;
    }
    const byteSize = Buffer.byteLength(input.content, "utf8");
    const speakerCount = new Set(parsed.segments.map((s) => s.speaker)).size;
    const { transcript, run } = await this.em.transactional(async (tx) => {
      await tx.findOneOrFail(Meeting, { id: meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Again under the lock: a consent change racing this upload is either seen here or sees us.
      await this.requireConsent(tx, meeting.id, "attach");
      // One transcript per meeting: a new upload replaces the old text (its runs keep their counts).
      await tx.nativeDelete(Transcript, { meeting: meeting.id });
      const transcript = tx.create(Transcript, {
        organization: this.org(tx),
        meeting: meeting.id,
        format: parsed.format as TranscriptFormat,
        text: input.content,
        filename: input.filename ?? null,
        byteSize,
        segmentCount: parsed.segments.length,
        speakerCount,
        uploadedBy: this.actor(tx),
      });
      const run = this.newRun(tx, meeting.id, transcript);
      recordAudit(tx, {
        orgId: this.principal.orgId,
        action: AuditAction.TRANSCRIPT_ATTACHED,
        principal: this.principal,
        meetingId: meeting.id,
        target: { type: "Transcript", id: transcript.id },
        details: { format: parsed.format, bytes: byteSize, segments: parsed.segments.length, speakers: speakerCount },
      });
      return { transcript, run };
    });
    this.logger.info(
      { event: "transcript.attached", meetingId: meeting.id, transcriptId: transcript.id, runId: run.id, format: parsed.format, bytes: byteSize, segments: parsed.segments.length, speakers: speakerCount },
      "transcript attached",
    );
    this.started(run);
    return { transcript, run };
  }

  /** A new run over the meeting's transcript; an active recent run is returned instead. */
  async rerun(meetingId: string): Promise<ExtractionRun> {
    const meeting = await this.meeting(meetingId);
    const transcript = await this.transcriptOf(meeting.id);
    if (!transcript) throw noTranscript();
    await this.requireConsent(this.em, meeting.id, "rerun");
    const active = await this.em.findOne(
      ExtractionRun,
      { meeting: meeting.id, transcript: transcript.id, status: { $in: [ExtractionRunStatus.QUEUED, ExtractionRunStatus.RUNNING] }, createdAt: { $gt: new Date(Date.now() - ACTIVE_RUN_WINDOW_MS) } },
      { orderBy: { createdAt: "desc" } },
    );
    if (active) return active;
    const run = this.newRun(this.em, meeting.id, transcript);
    await this.em.flush();
    this.logger.info({ event: "extraction.requested", meetingId: meeting.id, runId: run.id }, "extraction re-run requested");
    this.started(run);
    return run;
  }

  transcriptOf(meetingId: string): Promise<Transcript | null> {
    return this.em.findOne(Transcript, { meeting: meetingId }, { orderBy: { createdAt: "desc", id: "desc" } });
  }

  runsOf(meetingId: string, limit = 20): Promise<ExtractionRun[]> {
    return this.em.find(ExtractionRun, { meeting: meetingId }, { orderBy: { createdAt: "desc", id: "desc" }, limit });
  }

  async textOf(transcriptId: string): Promise<string | null> {
    const row = await this.em.findOne(Transcript, { id: transcriptId }, { populate: ["text"] });
    return row?.text ?? null;
  }

  private newRun(em: EntityManager, meetingId: string, transcript: Transcript): ExtractionRun {
    return em.create(ExtractionRun, {
      organization: this.org(em),
      meeting: meetingId,
      transcript,
      status: ExtractionRunStatus.QUEUED,
      progress: 0,
      requestedBy: this.actor(em),
    });
  }

  private started(run: ExtractionRun) {
    this.pubsub.publish(Topic.extractionRunChanged(this.principal.orgId, run.meeting.id), { id: run.id, kind: "created" });
    this.runtime.jobs.enqueue(run.id);
  }

  /** Refusals are audited on the service's own entity manager, outside any transaction that rolls back. */
  private async requireConsent(em: EntityManager, meetingId: string, operation: "attach" | "rerun"): Promise<ConsentSummary> {
    const participants = await em.find(Participant, { meeting: meetingId }, { fields: ["consent"] });
    const summary = summarizeConsent(participants.map((p) => p.consent));
    if (summary.ok) return summary;
    const audit = this.em.fork();
    recordAudit(audit, {
      orgId: this.principal.orgId,
      action: AuditAction.TRANSCRIPT_REFUSED_CONSENT,
      principal: this.principal,
      meetingId,
      target: { type: "Meeting", id: meetingId },
      details: { operation, participants: summary.participants, pending: summary.pending, declined: summary.declined },
    });
    await audit.flush();
    this.logger.info({ event: "transcript.refused_consent", meetingId, operation, participants: summary.participants, pending: summary.pending, declined: summary.declined }, "consent gate refused");
    throw consentRequired(summary);
  }

  private async meeting(id: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id });
    if (!meeting) throw notFound("Meeting");
    return meeting;
  }

  private org(em: EntityManager) {
    return em.getReference(Organization, this.principal.orgId);
  }

  private actor(em: EntityManager) {
    return this.principal.kind === "user" ? em.getReference(User, this.principal.userId) : null;
  }
}

export interface ForgottenTranscript {
  transcripts: number;
  runs: number;
  decisions: number;
  actionItemIds: string[];
  briefs: number;
}

/**
 * Consent withdrawn (DECLINED, or back to PENDING): delete the meeting's transcript and all that
 * was derived from it — every machine-made decision and action item (edited ones too: they carry
 * quotes of the transcript), the runs, and the POST briefs. Runs inside the caller's transaction,
 * after locking the meeting row like the extraction job does, so a finishing run cannot slip
 * items in after the deletion. Returns null when the meeting had no transcript (nothing to do).
 */
export async function forgetTranscriptAfterWithdrawal(
  tx: EntityManager,
  principal: Principal,
  meetingId: string,
  participantId: string,
): Promise<ForgottenTranscript | null> {
  await tx.findOneOrFail(Meeting, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const transcripts = await tx.find(Transcript, { meeting: meetingId }, { fields: ["id"] });
  if (!transcripts.length) return null;
  const actionItems = await tx.find(ActionItem, machineMade(meetingId), { fields: ["id"] });
  const forgotten: ForgottenTranscript = {
    runs: await tx.nativeDelete(ExtractionRun, { meeting: meetingId }),
    actionItemIds: actionItems.map((a) => a.id),
    decisions: await tx.nativeDelete(Decision, machineMade(meetingId)),
    briefs: await tx.nativeDelete(Brief, { meeting: meetingId, kind: BriefKind.POST }),
    transcripts: await tx.nativeDelete(Transcript, { meeting: meetingId }),
  };
  await tx.nativeDelete(ActionItem, machineMade(meetingId));
  recordAudit(tx, {
    orgId: principal.orgId,
    action: AuditAction.TRANSCRIPT_DELETED_CONSENT_WITHDRAWN,
    principal,
    meetingId,
    target: { type: "Participant", id: participantId },
    details: {
      transcripts: forgotten.transcripts,
      runs: forgotten.runs,
      decisions: forgotten.decisions,
      actionItems: forgotten.actionItemIds.length,
      briefs: forgotten.briefs,
    },
  });
  return forgotten;
}
