import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import { LabelledExample } from "../review/labelled-example.entity";
import type { Logger } from "pino";
import { parseTranscriptOffThread, TranscriptError, type Transcript as ParsedTranscript } from "../../ai/index";
import type { Principal } from "../../platform/auth";
import { notFound } from "../../platform/errors";
import { type AppPubSub } from "../../platform/pubsub";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { Meeting, Sensitivity } from "../meetings/meeting.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import { Brief, BriefKind } from "../briefs/brief.entity";
import type { ConsentSummary } from "./consent";
import { applySpeakerMap, consentNow, matchSpeaker, parseStoredOffThread, speakersOf } from "./consent-gate";
import { Participant } from "../meetings/participant.entity";
import { badInput } from "../../platform/errors";
import type { JobQueue } from "../../platform/jobs/types";
import { EXTRACT_MEETING_JOB } from "./jobs/extract-meeting.job";
import { ExtractionRun, ExtractionRunStatus } from "./extraction-run.entity";
import { Transcript, type TranscriptFormat } from "./transcript.entity";
import { consentRequired, invalidTranscript, noTranscript } from "./transcript.errors";
import { extractionRunChanged } from "./extraction-run.topics";

/** A rerun within this window returns the active run instead of starting another (double clicks). */
const ACTIVE_RUN_WINDOW_MS = 5 * 60_000;
const machineMade = (meetingId: string) => ({ meeting: meetingId, source: { $ne: "manual" } });

export interface AttachInput {
  meetingId: string;
  content: string;
  filename?: string | null;
  format?: TranscriptFormat | null;
  speakerMap?: { speaker: string; participantId: string }[] | null;
}

/** What extraction needs of the process: the job queue and the upload cap. */
export interface ExtractionRuntime {
  jobs: JobQueue;
  transcriptMaxBytes: number;
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
    // Participants first (refuses before the content is even looked at), speakers once parsed.
    await this.requireConsent(this.em, meeting.id, "attach");
    const speakerMap = await this.resolveSpeakerMap(meeting.id, input.speakerMap);
    const parsed = applySpeakerMap(await this.parse(input), speakerMap);
    const byteSize = Buffer.byteLength(input.content, "utf8");
    const speakers = speakersOf(parsed);
    const speakerCount = speakers.length;
    const { transcript, run } = await this.em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Meeting, { id: meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      // Again under the lock, now with every speaker: a consent change racing this upload is either
      // seen here or sees us, and a speaker who is not a consenting participant stops it.
      await this.requireConsent(tx, meeting.id, "attach", speakers);
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
        // Fort Knox follows the text: attached while SENSITIVE, it stays local-only for good.
        sensitiveAtAttach: locked.sensitivity === Sensitivity.SENSITIVE,
        speakerMap,
      });
      const run = this.newRun(tx, meeting.id, transcript);
      recordAudit(tx, {
        orgId: this.principal.orgId,
        action: AuditAction.TRANSCRIPT_ATTACHED,
        principal: this.principal,
        meetingId: meeting.id,
        target: { type: "Transcript", id: transcript.id },
        details: { format: parsed.format, bytes: byteSize, segments: parsed.segments.length, speakers: speakerCount, sensitive: transcript.sensitiveAtAttach },
      });
      return { transcript, run };
    });
    this.logger.info(
      { event: "transcript.attached", meetingId: meeting.id, transcriptId: transcript.id, runId: run.id, format: parsed.format, bytes: byteSize, segments: parsed.segments.length, speakers: speakerCount },
      "transcript attached",
    );
    await this.started(run);
    return { transcript, run };
  }

  /**
   * The speakers of a file before it is attached, each with the participant it matches by the
   * gate's rule: what an editor maps when the labels are not the participants' names. Nothing
   * is stored or logged (the names are the uploader's own file).
   */
  async speakers(input: Pick<AttachInput, "meetingId" | "content" | "format">): Promise<{ name: string; turns: number; participant: Participant | null }[]> {
    const meeting = await this.meeting(input.meetingId);
    const parsed = await this.parse(input);
    const participants = await this.em.find(Participant, { meeting: meeting.id }, { populate: ["stakeholder"], orderBy: { createdAt: "asc", id: "asc" } });
    const named = participants.map((p) => ({ name: p.stakeholder.name, participant: p }));
    const turns = new Map<string, number>();
    for (const segment of parsed.segments) turns.set(segment.speaker, (turns.get(segment.speaker) ?? 0) + 1);
    return [...turns].map(([name, count]) => ({ name, turns: count, participant: matchSpeaker(name, named)?.participant ?? null }));
  }

  private async parse(input: Pick<AttachInput, "content" | "format">): Promise<ParsedTranscript> {
    try {
      // Off the event loop: a large file takes long enough to stall every other request.
      return await parseTranscriptOffThread(input.content, { maxBytes: this.runtime.transcriptMaxBytes, ...(input.format ? { format: input.format } : {}) });
    } catch (error) {
      if (error instanceof TranscriptError) throw invalidTranscript(error);
      throw error;
    }
  }

  /** The editor's mapping as label → participant name; every participant must be of this meeting. */
  private async resolveSpeakerMap(meetingId: string, mapping: AttachInput["speakerMap"]): Promise<Record<string, string> | null> {
    if (!mapping?.length) return null;
    const participants = await this.em.find(Participant, { id: { $in: mapping.map((m) => m.participantId) }, meeting: meetingId }, { populate: ["stakeholder"] });
    const byId = new Map(participants.map((p) => [p.id, p.stakeholder.name]));
    const map: Record<string, string> = {};
    mapping.forEach((m, i) => {
      const name = byId.get(m.participantId);
      if (!name) throw badInput(`input.speakerMap.${i}.participantId`, "is not a participant of this meeting");
      map[m.speaker] = name;
    });
    return map;
  }

  /**
   * A new run over the meeting's transcript; an active recent run is returned instead. The gate
   * (participants and the transcript's speakers), the duplicate check and the insert happen under
   * the meeting row lock, so two concurrent re-runs start one run.
   */
  async rerun(meetingId: string): Promise<ExtractionRun> {
    const meeting = await this.meeting(meetingId);
    const stored = await this.em.findOne(Transcript, { meeting: meeting.id }, { orderBy: { createdAt: "desc", id: "desc" }, populate: ["text"] });
    if (!stored) throw noTranscript();
    await this.requireConsent(this.em, meeting.id, "rerun");
    const speakers = speakersOf(await parseStoredOffThread(stored));
    const { run, created } = await this.em.transactional(async (tx) => {
      await tx.findOneOrFail(Meeting, { id: meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const transcript = await tx.findOne(Transcript, { id: stored.id });
      if (!transcript) throw noTranscript();
      await this.requireConsent(tx, meeting.id, "rerun", speakers);
      const active = await tx.findOne(
        ExtractionRun,
        { meeting: meeting.id, transcript: transcript.id, status: { $in: [ExtractionRunStatus.QUEUED, ExtractionRunStatus.RUNNING] }, createdAt: { $gt: new Date(Date.now() - ACTIVE_RUN_WINDOW_MS) } },
        { orderBy: { createdAt: "desc" }, refresh: true },
      );
      if (active) return { run: active, created: false };
      return { run: this.newRun(tx, meeting.id, transcript), created: true };
    });
    if (!created) return run;
    this.logger.info({ event: "extraction.requested", meetingId: meeting.id, runId: run.id }, "extraction re-run requested");
    await this.started(run);
    return run;
  }

  /**
   * The stored transcript's speaker labels (as in the file), each with its turns and the participant
   * it stands for now (by the stored map, else by name): what an editor maps when a speaker is no
   * longer, or never was, a participant. Nothing is logged.
   */
  async storedSpeakers(transcriptId: string): Promise<{ name: string; turns: number; participant: Participant | null }[]> {
    const stored = await this.em.findOne(Transcript, { id: transcriptId }, { populate: ["text"] });
    if (!stored) return [];
    const raw = await parseStoredOffThread({ text: stored.text, format: stored.format, speakerMap: null });
    const participants = await this.em.find(Participant, { meeting: stored.meeting.id }, { populate: ["stakeholder"], orderBy: { createdAt: "asc", id: "asc" } });
    const named = participants.map((p) => ({ name: p.stakeholder.name, participant: p }));
    const turns = new Map<string, number>();
    for (const segment of raw.segments) turns.set(segment.speaker, (turns.get(segment.speaker) ?? 0) + 1);
    const map = stored.speakerMap ?? {};
    return [...turns].map(([name, count]) => ({ name, turns: count, participant: matchSpeaker(Object.hasOwn(map, name) ? map[name]! : name, named)?.participant ?? null }));
  }

  /**
   * Map the stored transcript's speakers again (labels given replace their old mapping, the others
   * keep theirs) and start a new extraction run: the way out when a speaker is not a participant
   * (diarised "SPEAKER_00", a participant removed). The gate sees the mapped names; a refusal
   * changes nothing.
   */
  async remapSpeakers(meetingId: string, mapping: NonNullable<AttachInput["speakerMap"]>): Promise<ExtractionRun> {
    const meeting = await this.meeting(meetingId);
    const stored = await this.em.findOne(Transcript, { meeting: meeting.id }, { orderBy: { createdAt: "desc", id: "desc" }, populate: ["text"] });
    if (!stored) throw noTranscript();
    const given = (await this.resolveSpeakerMap(meeting.id, mapping)) ?? {};
    const merged = { ...(stored.speakerMap ?? {}), ...given };
    const speakers = speakersOf(await parseStoredOffThread({ text: stored.text, format: stored.format, speakerMap: merged }));
    await this.requireConsent(this.em, meeting.id, "rerun", speakers);
    const run = await this.em.transactional(async (tx) => {
      await tx.findOneOrFail(Meeting, { id: meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const transcript = await tx.findOne(Transcript, { id: stored.id });
      if (!transcript) throw noTranscript();
      await this.requireConsent(tx, meeting.id, "rerun", speakers);
      transcript.speakerMap = merged;
      transcript.speakerCount = speakers.length;
      return this.newRun(tx, meeting.id, transcript);
    });
    this.logger.info({ event: "transcript.speakers_remapped", meetingId: meeting.id, runId: run.id, mapped: Object.keys(given).length }, "speaker map changed, extraction re-run");
    await this.started(run);
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

  /**
   * After the commit: announce the run and hand it to the queue. Should the enqueue fail, the run
   * stays QUEUED and "transcripts.requeue-runs" enqueues it within minutes; the request still succeeds.
   */
  private async started(run: ExtractionRun) {
    this.pubsub.publish(extractionRunChanged(this.principal.orgId, run.meeting.id), { id: run.id, kind: "created" });
    try {
      await this.runtime.jobs.enqueue(EXTRACT_MEETING_JOB, { runId: run.id, orgId: this.principal.orgId });
    } catch (error) {
      this.logger.warn({ event: "extraction.enqueue_failed", runId: run.id, errorName: error instanceof Error ? error.name : typeof error }, "run stays queued until the next requeue sweep");
    }
  }

  /**
   * The consent gate over the participants and, once the content is parsed, its speakers. Refusals
   * are audited on a fork of the service's entity manager, outside any transaction that rolls back;
   * the audit, the log and the error carry counts only, never names.
   */
  private async requireConsent(em: EntityManager, meetingId: string, operation: "attach" | "rerun", speakers?: readonly string[]): Promise<ConsentSummary> {
    const summary = await consentNow(em, meetingId, speakers);
    if (summary.ok) return summary;
    const counts = {
      participants: summary.participants,
      pending: summary.pending,
      declined: summary.declined,
      speakers: summary.speakers,
      unmatchedSpeakers: summary.unmatchedSpeakers,
    };
    const audit = this.em.fork();
    recordAudit(audit, {
      orgId: this.principal.orgId,
      action: AuditAction.TRANSCRIPT_REFUSED_CONSENT,
      principal: this.principal,
      meetingId,
      target: { type: "Meeting", id: meetingId },
      details: { operation, ...counts },
    });
    await audit.flush();
    this.logger.info({ event: "transcript.refused_consent", meetingId, operation, ...counts }, "consent gate refused");
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

const SPEECH_WITHDRAWN_REASON = "Ett samtycke drogs tillbaka, så ljudet och det som transkriberats har raderats.";

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
  // Audio on its way to a transcript (module speech) holds the same voices: stopped and deleted
  // too. By table, not by entity: transcripts must not depend on the module built on top of it.
  await tx.execute(
    `update speech_transcriptions set status = 'FAILED', audio = null, pending_text = null, failure_code = 'CONSENT_REQUIRED', failure_reason = ?, finished_at = now(), updated_at = now()
     where organization_id = ? and meeting_id = ? and status in ('QUEUED', 'RUNNING', 'NEEDS_SPEAKERS')`,
    [SPEECH_WITHDRAWN_REASON, principal.orgId, meetingId],
  );
  const transcripts = await tx.find(Transcript, { meeting: meetingId }, { fields: ["id"] });
  if (!transcripts.length) return null;
  const actionItems = await tx.find(ActionItem, machineMade(meetingId), { fields: ["id"] });
  const forgotten: ForgottenTranscript = {
    runs: await tx.nativeDelete(ExtractionRun, { meeting: meetingId }),
    actionItemIds: actionItems.map((a) => a.id),
    decisions: await tx.nativeDelete(Decision, machineMade(meetingId)),
    // The meeting's own post-briefs, and every pre-brief of the organisation's meetings that have
    // not started: those may quote this meeting's machine-made items. The pre-brief sweep writes
    // them again from what is left.
    briefs:
      (await tx.nativeDelete(Brief, { meeting: meetingId, kind: BriefKind.POST })) +
      Number(
        (
          await tx.execute<{ n: string }[]>(
            `with gone as (delete from briefs where organization_id = ? and kind = 'PRE' and meeting_id in (select id from meetings where organization_id = ? and starts_at > now()) returning 1) select count(*) as n from gone`,
            [principal.orgId, principal.orgId],
          )
        )[0]?.n ?? 0,
      ),
    transcripts: await tx.nativeDelete(Transcript, { meeting: meetingId }),
  };
  await tx.nativeDelete(ActionItem, machineMade(meetingId));
  // Reviewers' verdicts on those items quote the transcript (and carry its features): gone with it.
  await tx.nativeDelete(LabelledExample, { meeting: meetingId });
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
