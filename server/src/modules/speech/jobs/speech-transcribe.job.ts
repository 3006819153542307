import { z } from "zod";
import { segmentsToWebVtt, SttError, type SpeechToText } from "../../../ai/speech/index";
import { AppError, ErrorCode } from "../../../platform/errors";
import { Role, User } from "../../../platform/identity/user.entity";
import { defineJob, JobError, type JobDeps } from "../../../platform/jobs/types";
import type { Principal } from "../../../platform/auth";
import { Meeting, Sensitivity } from "../../meetings/meeting.entity";
import { consentNow } from "../../transcripts/consent-gate";
import { TranscriptFormat } from "../../transcripts/transcript.entity";
import { TranscriptService } from "../../transcripts/transcript.service";
import { SpeechTranscription, SpeechTranscriptionStatus } from "../speech-transcription.entity";
import { SPEECH_REASONS, SpeechFailureCode } from "../speech.errors";

/**
 * Job "speech-transcribe": stored audio → the STT server → WebVTT → the transcripts service's
 * `attach` (consent gate incl. speakers, speaker map, extraction run) → audio deleted.
 * - Idempotency key: the transcription id; QUEUED → RUNNING is a compare-and-set (a redelivery
 *   after a worker died, `attempt > 1`, takes over a RUNNING one).
 * - Retry policy: 3 attempts with backoff when the STT server is busy, slow or unreachable (429,
 *   5xx, timeout, network); a refusal (4xx) or an unreadable answer fails at once. The last
 *   attempt's failure is recorded with its reason; `onDead` closes what an infrastructure failure left.
 * - Gates, again at run time on fresh reads: STT configured, Fort Knox (SENSITIVE only to an
 *   endpoint marked local), participants' consent — all before a byte is sent.
 * - Speakers that are not participants (diarised SPEAKER_00…): the text is held, the audio
 *   deleted, and the status is NEEDS_SPEAKERS until an editor maps them.
 * - Logs: ids, counts, codes, durations; never file names, text or keys.
 */
export const SPEECH_TRANSCRIBE_JOB = "speech-transcribe";
const ATTEMPTS = 3;

const data = z.object({ id: z.uuid(), orgId: z.uuid(), maxTranscriptBytes: z.number().int().min(1024) });

export type SpeechJobDeps = Pick<JobDeps, "db" | "pubsub" | "logger" | "stt" | "enqueue" | "enqueueMany">;

export const speechTranscribeJob = defineJob({
  name: SPEECH_TRANSCRIBE_JOB,
  description: "Transcribes an uploaded recording with the configured speech-to-text server and attaches the transcript (consent and Fort Knox checked first).",
  data,
  key: (d) => `${SPEECH_TRANSCRIBE_JOB}:${d.id}`,
  orgId: (d) => d.orgId,
  retry: { attempts: ATTEMPTS, delayMs: 5_000 },
  timeoutMs: 15 * 60_000,
  concurrency: 1,
  handler: async (ctx) => {
    await runSpeechJob(ctx.deps, ctx.data, { attempt: ctx.attempt, signal: ctx.signal });
  },
  onDead: async (d, deps) => {
    await finish(deps, d.orgId, d.id, { status: SpeechTranscriptionStatus.FAILED, failureCode: SpeechFailureCode.TRANSCRIPTION_FAILED, failureReason: SPEECH_REASONS.TRANSCRIPTION_FAILED }, [SpeechTranscriptionStatus.QUEUED, SpeechTranscriptionStatus.RUNNING]);
  },
});

type Outcome = Partial<Pick<SpeechTranscription, "status" | "failureCode" | "failureReason" | "pendingText" | "durationMs" | "segmentCount" | "diarised">> & { run?: string | null };

/** Closes the row (audio always deleted) if it is still in one of `from`. */
async function finish(deps: Pick<JobDeps, "db">, orgId: string, id: string, outcome: Outcome, from: SpeechTranscriptionStatus[] = [SpeechTranscriptionStatus.RUNNING]): Promise<boolean> {
  const em = deps.db.forOrg(orgId);
  const { run, ...rest } = outcome;
  const done = outcome.status !== SpeechTranscriptionStatus.NEEDS_SPEAKERS;
  const changed = await em.nativeUpdate(
    SpeechTranscription,
    { id, status: { $in: from } },
    { ...rest, audio: null, ...(run !== undefined ? { run } : {}), ...(done ? { finishedAt: new Date() } : {}) },
  );
  return changed > 0;
}

export async function runSpeechJob(deps: SpeechJobDeps, d: z.infer<typeof data>, opts: { attempt: number; signal?: AbortSignal }): Promise<void> {
  const log = deps.logger.child({ module: "speech", job: SPEECH_TRANSCRIBE_JOB });
  const started = Date.now();
  const em = deps.db.forOrg(d.orgId);
  const from = opts.attempt > 1 ? [SpeechTranscriptionStatus.QUEUED, SpeechTranscriptionStatus.RUNNING] : [SpeechTranscriptionStatus.QUEUED];
  const claimed = await em.nativeUpdate(SpeechTranscription, { id: d.id, status: { $in: from } }, { status: SpeechTranscriptionStatus.RUNNING });
  if (!claimed) {
    log.info({ event: "speech.skipped", speechId: d.id }, "already handled");
    return;
  }
  const fail = async (code: string, reason: string, extra: Record<string, number | string> = {}) => {
    await finish(deps, d.orgId, d.id, { status: SpeechTranscriptionStatus.FAILED, failureCode: code, failureReason: reason.slice(0, 500) });
    log.info({ event: "speech.failed", speechId: d.id, code, durationMs: Date.now() - started, ...extra }, "transcription failed");
  };

  const row = await em.findOne(SpeechTranscription, { id: d.id }, { populate: ["audio"], refresh: true });
  if (!row) return;
  const stt: SpeechToText | null | undefined = deps.stt;
  if (!stt) return fail(SpeechFailureCode.STT_NOT_CONFIGURED, SPEECH_REASONS.STT_NOT_CONFIGURED);
  const meeting = await em.findOne(Meeting, { id: row.meeting.id }, { refresh: true });
  if (!meeting) return fail(SpeechFailureCode.TRANSCRIPTION_FAILED, SPEECH_REASONS.TRANSCRIPTION_FAILED);
  // Fort Knox and consent on fresh reads, right before anything leaves the process.
  if (meeting.sensitivity === Sensitivity.SENSITIVE && !stt.isLocal) return fail(SpeechFailureCode.SENSITIVE_REQUIRES_LOCAL, SPEECH_REASONS.SENSITIVE_REQUIRES_LOCAL);
  if (!(await consentNow(em, meeting.id)).ok) return fail(SpeechFailureCode.CONSENT_REQUIRED, SPEECH_REASONS.CONSENT_REQUIRED);
  const principal = await requester(deps, d.orgId, row);
  if (!principal) return fail(SpeechFailureCode.REQUESTER_GONE, SPEECH_REASONS.REQUESTER_GONE);
  if (!row.audio?.length) return fail(SpeechFailureCode.TRANSCRIPTION_FAILED, SPEECH_REASONS.TRANSCRIPTION_FAILED);

  let result;
  try {
    result = await stt.transcribe({ audio: row.audio, fileName: `audio.${extensionOf(row.contentType)}`, contentType: row.contentType, ...(opts.signal ? { signal: opts.signal } : {}) });
  } catch (error) {
    if (!(error instanceof SttError)) throw error;
    const status: Record<string, number> = error.status !== undefined ? { status: error.status } : {};
    if (error.retryable && opts.attempt < ATTEMPTS) {
      // Back to QUEUED-equivalent: the next attempt takes the RUNNING row over.
      log.warn({ event: "speech.attempt_failed", speechId: d.id, code: error.code, attempt: opts.attempt, ...status }, "STT attempt failed, will retry");
      throw new JobError(error.code, error.userMessage, true);
    }
    return fail(error.code, error.userMessage, { attempt: opts.attempt, ...status });
  }
  const vtt = segmentsToWebVtt(result.segments);
  const facts = { durationMs: result.durationSeconds !== null ? Math.round(result.durationSeconds * 1000) : null, segmentCount: result.segments.length, diarised: result.diarised };
  log.info({ event: "speech.transcribed", speechId: d.id, segments: facts.segmentCount, diarised: facts.diarised, audioMs: facts.durationMs ?? -1, durationMs: Date.now() - started }, "audio transcribed");

  const transcripts = new TranscriptService(em, principal, deps.pubsub, { jobs: { enqueue: deps.enqueue, enqueueMany: deps.enqueueMany }, transcriptMaxBytes: d.maxTranscriptBytes }, deps.logger);
  try {
    const { run } = await transcripts.attach({ meetingId: meeting.id, content: vtt, filename: transcriptFileName(row.fileName), format: TranscriptFormat.TEAMS_VTT, speakerMap: row.speakerMap ?? null });
    await finish(deps, d.orgId, d.id, { status: SpeechTranscriptionStatus.SUCCEEDED, run: run.id, ...facts });
    log.info({ event: "speech.attached", speechId: d.id, runId: run.id }, "transcript attached");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const ext = error.extensions as { code?: string; consent?: { pending: number; declined: number; unmatchedSpeakers: number } };
    if (ext.code === ErrorCode.CONSENT_REQUIRED && ext.consent && ext.consent.pending === 0 && ext.consent.declined === 0 && ext.consent.unmatchedSpeakers > 0) {
      // Every participant consented; some voices are not participants yet. Hold the text, not the audio.
      await finish(deps, d.orgId, d.id, { status: SpeechTranscriptionStatus.NEEDS_SPEAKERS, pendingText: vtt, ...facts });
      log.info({ event: "speech.needs_speakers", speechId: d.id, unmatchedSpeakers: ext.consent.unmatchedSpeakers }, "speakers need mapping");
      return;
    }
    if (ext.code === ErrorCode.CONSENT_REQUIRED) return fail(SpeechFailureCode.CONSENT_REQUIRED, SPEECH_REASONS.CONSENT_REQUIRED);
    return fail("STT_INVALID_OUTPUT", new SttError("STT_INVALID_OUTPUT", false).userMessage);
  }
}

/** The name a transcript made from audio carries: the audio file's, as .vtt. */
export const transcriptFileName = (audioName: string) => `${audioName.replace(/\.[A-Za-z0-9]{1,5}$/, "")}.vtt`.slice(0, 255);

/** A neutral file name for the STT server: the user's file name stays here. */
const extensionOf = (contentType: string) =>
  contentType.includes("wav") || contentType.includes("wave") ? "wav" : contentType.includes("mpeg") || contentType.includes("mp3") ? "mp3" : contentType.includes("ogg") || contentType.includes("opus") ? "ogg" : "m4a";

/** The editor who uploaded, as a principal of the organisation, if they still may attach transcripts. */
async function requester(deps: Pick<JobDeps, "db">, orgId: string, row: SpeechTranscription): Promise<Principal | null> {
  if (!row.requestedBy) return null;
  const user = await deps.db.forOrg(orgId).findOne(User, { id: row.requestedBy.id }, { refresh: true });
  if (!user || !user.active || (user.role !== Role.EDITOR && user.role !== Role.ADMIN)) return null;
  return { kind: "user", userId: user.id, orgId, role: user.role };
}
