import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "../../platform/auth";
import { AppError, ErrorCode, badInput, notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import type { JobQueue } from "../../platform/jobs/types";
import { type AppPubSub } from "../../platform/pubsub";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";
import { Meeting, Sensitivity } from "../meetings/meeting.entity";
import { Participant } from "../meetings/participant.entity";
import { consentNow } from "../transcripts/consent-gate";
import { TranscriptFormat } from "../transcripts/transcript.entity";
import { consentRequired } from "../transcripts/transcript.errors";
import { TranscriptService } from "../transcripts/transcript.service";
import { SPEECH_TRANSCRIBE_JOB, transcriptFileName } from "./jobs/speech-transcribe.job";
import { SpeechTranscription, SpeechTranscriptionStatus } from "./speech-transcription.entity";
import { notAwaitingSpeakers, sensitiveRequiresLocal, SPEECH_REASONS, SpeechFailureCode, sttNotConfigured } from "./speech.errors";
import type { TranscribeAudio } from "./speech.inputs";

/** What the speech module needs of the process. */
export interface SpeechRuntime {
  jobs: JobQueue;
  /** null when STT_URL is unset. */
  stt: { local: boolean; maxBytes: number } | null;
  transcriptMaxBytes: number;
}

/**
 * Audio uploads: the gates before anything is stored or sent, the stored audio and its job, and
 * the completion of a transcription whose speakers had to be mapped. The transcript itself is
 * attached through the transcripts module's service, exactly like an uploaded file.
 */
export class SpeechService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly runtime: SpeechRuntime,
    private readonly logger: Logger,
  ) {}

  /**
   * Not configured → STT_NOT_CONFIGURED; SENSITIVE and the server not marked local →
   * SENSITIVE_REQUIRES_LOCAL; a participant without consent → CONSENT_REQUIRED. In each case nothing
   * is stored and nothing sent. Then the audio is stored and `speech-transcribe` enqueued.
   */
  async transcribe(input: TranscribeAudio): Promise<SpeechTranscription> {
    const stt = this.runtime.stt;
    if (!stt) throw sttNotConfigured();
    const meeting = await this.em.findOne(Meeting, { id: input.meetingId });
    if (!meeting) throw notFound("Meeting");
    if (meeting.sensitivity === Sensitivity.SENSITIVE && !stt.local) {
      this.logger.info({ event: "speech.refused_sensitive", meetingId: meeting.id }, "audio of a SENSITIVE meeting refused: the STT server is not local");
      throw sensitiveRequiresLocal();
    }
    // The recording is the participants' voices: the gate holds before it is stored or sent.
    // Speakers are checked when the transcript is attached (they are known only then).
    const consent = await consentNow(this.em, meeting.id);
    if (!consent.ok) {
      const audit = this.em.fork();
      const counts = { participants: consent.participants, pending: consent.pending, declined: consent.declined };
      recordAudit(audit, {
        orgId: this.principal.orgId,
        action: AuditAction.TRANSCRIPT_REFUSED_CONSENT,
        principal: this.principal,
        meetingId: meeting.id,
        target: { type: "Meeting", id: meeting.id },
        details: { operation: "transcribe", ...counts },
      });
      await audit.flush();
      this.logger.info({ event: "speech.refused_consent", meetingId: meeting.id, ...counts }, "consent gate refused the audio");
      throw consentRequired(consent);
    }
    if (input.speakerMap?.length) {
      const found = await this.em.find(Participant, { id: { $in: input.speakerMap.map((m) => m.participantId) }, meeting: meeting.id }, { fields: ["id"] });
      const ids = new Set(found.map((p) => p.id));
      const i = input.speakerMap.findIndex((m) => !ids.has(m.participantId));
      if (i >= 0) throw badInput(`input.speakerMap.${i}.participantId`, "is not a participant of this meeting");
    }
    const row = this.em.create(SpeechTranscription, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      meeting: meeting.id,
      status: SpeechTranscriptionStatus.QUEUED,
      audio: input.audio,
      contentType: input.contentType.split(";")[0]!.trim().toLowerCase(),
      fileName: input.fileName,
      byteSize: input.audio.length,
      speakerMap: input.speakerMap ?? null,
      // The job attaches the transcript as this person (a token acts for its owner).
      requestedBy: this.em.getReference(User, this.principal.userId),
    });
    await this.em.flush();
    try {
      await this.runtime.jobs.enqueue(SPEECH_TRANSCRIBE_JOB, { id: row.id, orgId: this.principal.orgId, maxTranscriptBytes: this.runtime.transcriptMaxBytes });
    } catch (error) {
      // No half-done upload: without its job the audio would wait for nobody.
      await this.em.nativeDelete(SpeechTranscription, { id: row.id });
      this.logger.warn({ event: "speech.enqueue_failed", speechId: row.id, errorName: error instanceof Error ? error.name : typeof error }, "audio upload rolled back");
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Could not queue the transcription; try again.");
    }
    // One waiting transcription per meeting: an older one's held text goes (data minimisation).
    await this.em.nativeUpdate(
      SpeechTranscription,
      { meeting: meeting.id, status: SpeechTranscriptionStatus.NEEDS_SPEAKERS, id: { $ne: row.id } },
      { status: SpeechTranscriptionStatus.FAILED, pendingText: null, failureCode: SpeechFailureCode.SUPERSEDED, failureReason: SPEECH_REASONS.SUPERSEDED, finishedAt: new Date() },
    );
    this.logger.info({ event: "speech.requested", meetingId: meeting.id, speechId: row.id, bytes: row.byteSize, kind: input.kind, local: stt.local }, "audio stored, transcription queued");
    return row;
  }

  /**
   * A transcription waiting for its speakers: the editor's mapping is applied and the held text
   * attached through the transcripts service (consent gate, speaker map, extraction), then the
   * text is deleted here. A refusal (a mapped participant without consent) leaves it waiting.
   */
  async complete(id: string, speakerMap: { speaker: string; participantId: string }[]): Promise<SpeechTranscription> {
    const row = await this.em.findOne(SpeechTranscription, { id }, { populate: ["pendingText"] });
    if (!row) throw notFound("SpeechTranscription");
    if (row.status !== SpeechTranscriptionStatus.NEEDS_SPEAKERS || !row.pendingText) throw notAwaitingSpeakers();
    const { run } = await this.transcripts().attach({
      meetingId: row.meeting.id,
      content: row.pendingText,
      filename: transcriptFileName(row.fileName),
      format: TranscriptFormat.TEAMS_VTT,
      speakerMap,
    });
    await this.em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(SpeechTranscription, { id: row.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      locked.status = SpeechTranscriptionStatus.SUCCEEDED;
      locked.pendingText = null;
      locked.run = run;
      locked.finishedAt = new Date();
    });
    this.logger.info({ event: "speech.completed", speechId: row.id, runId: run.id, mapped: speakerMap.length }, "speakers mapped, transcript attached");
    return this.em.findOneOrFail(SpeechTranscription, { id: row.id }, { refresh: true });
  }

  /** The held transcription's speakers, each with the participant it matches (the transcripts module's rule). */
  async speakers(row: SpeechTranscription) {
    if (row.status !== SpeechTranscriptionStatus.NEEDS_SPEAKERS) return [];
    const loaded = await this.em.findOne(SpeechTranscription, { id: row.id }, { populate: ["pendingText"] });
    if (!loaded?.pendingText) return [];
    return this.transcripts().speakers({ meetingId: row.meeting.id, content: loaded.pendingText, format: TranscriptFormat.TEAMS_VTT });
  }

  byId(id: string): Promise<SpeechTranscription | null> {
    return this.em.findOne(SpeechTranscription, { id });
  }

  latestOf(meetingId: string): Promise<SpeechTranscription | null> {
    return this.em.findOne(SpeechTranscription, { meeting: meetingId }, { orderBy: { createdAt: "desc", id: "desc" } });
  }

  private transcripts() {
    return new TranscriptService(this.em, this.principal, this.pubsub, { jobs: this.runtime.jobs, transcriptMaxBytes: this.runtime.transcriptMaxBytes }, this.logger);
  }
}
