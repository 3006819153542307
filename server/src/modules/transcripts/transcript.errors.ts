import { ExtractionProviderError, TranscriptError } from "../../ai/index";
import { AppError, ErrorCode } from "../../platform/errors";
import { consentRefusalMessage, type ConsentSummary } from "./consent";

/** Why a run failed, as stored in ExtractionRun.failureCode (provider codes pass through). */
export const RunFailureCode = {
  SENSITIVE_REQUIRES_LOCAL: "SENSITIVE_REQUIRES_LOCAL",
  TRANSCRIPT_MISSING: "TRANSCRIPT_MISSING",
  EXTRACTION_FAILED: "EXTRACTION_FAILED",
  /** The consent gate, checked again when the run starts, no longer holds. */
  CONSENT_REQUIRED: "CONSENT_REQUIRED",
  /** The server stopped while the run was RUNNING; found and closed at the next start. */
  INTERRUPTED: "INTERRUPTED",
} as const;
export type RunFailureCode = (typeof RunFailureCode)[keyof typeof RunFailureCode];

const RUN_FAILURE_REASONS: Record<RunFailureCode, string> = {
  SENSITIVE_REQUIRES_LOCAL:
    "Mötet är klassat som känsligt och får bara analyseras lokalt, men servern är inställd på en extern AI-tjänst. Ingenting har skickats. Be en administratör aktivera den lokala analysen (AI_PROVIDER=local).",
  TRANSCRIPT_MISSING: "Transkriberingen finns inte längre (den har ersatts eller tagits bort). Ladda upp den igen för att analysera mötet.",
  EXTRACTION_FAILED: "Analysen misslyckades oväntat. Försök igen.",
  CONSENT_REQUIRED:
    "Analysen stoppades innan något skickades: alla deltagare och alla som talar i transkriptet måste ha samtyckt till inspelning och AI-behandling. Registrera samtycket och kör analysen igen.",
  INTERRUPTED: "Analysen avbröts innan den blev klar (servern startades om eller tappade kontakten med databasen). Ingenting sparades från den. Kör analysen igen.",
};

/** Fort Knox for a transcript attached while the meeting was SENSITIVE (the meeting may be NORMAL now). */
export const SENSITIVE_AT_ATTACH_REASON =
  "Transkriberingen laddades upp när mötet var klassat som känsligt och får därför bara analyseras lokalt, men servern är inställd på en extern AI-tjänst. Ingenting har skickats. Ladda upp transkriberingen igen om mötet inte längre är känsligt.";

/** Stored reasons are at most this long (ExtractionRun.failureReason). */
const REASON_MAX = 500;

/** A run that must stop, with a code and a Swedish reason; carries no transcript content. */
export class RunFailure extends Error {
  readonly reason: string;
  /** `reason` overrides the code's standard reason; it must be Swedish and carry counts only. */
  constructor(
    readonly code: RunFailureCode,
    reason?: string,
  ) {
    super(code);
    this.name = "RunFailure";
    this.reason = (reason ?? RUN_FAILURE_REASONS[code]).slice(0, REASON_MAX);
  }
}

export const runFailureReason = (code: RunFailureCode) => RUN_FAILURE_REASONS[code];

/** Any error of a run → what the run records. Unknown errors get a generic reason. */
/** A failure that belongs to the run (provider, gate, transcript) rather than to the infrastructure. */
export function isRunFailure(error: unknown): boolean {
  return error instanceof RunFailure || error instanceof ExtractionProviderError || error instanceof TranscriptError;
}

export function failureOf(error: unknown): { code: string; reason: string } {
  if (error instanceof RunFailure) return { code: error.code, reason: error.reason };
  if (error instanceof ExtractionProviderError) return { code: error.code, reason: error.userMessage };
  if (error instanceof TranscriptError) return { code: error.code, reason: error.userMessage };
  return { code: RunFailureCode.EXTRACTION_FAILED, reason: RUN_FAILURE_REASONS.EXTRACTION_FAILED };
}

/** The consent gate's refusal: its own code, counts only (no names), nothing stored. */
export function consentRequired(summary: ConsentSummary): AppError {
  return new AppError(ErrorCode.CONSENT_REQUIRED, consentRefusalMessage(summary), {
    reason: "CONSENT_REQUIRED",
    consent: {
      participants: summary.participants,
      granted: summary.granted,
      pending: summary.pending,
      declined: summary.declined,
      speakers: summary.speakers,
      unmatchedSpeakers: summary.unmatchedSpeakers,
    },
  });
}

/** An unusable transcript → BAD_USER_INPUT at input.content, with the parser's code as `reason`. */
export function invalidTranscript(error: TranscriptError, path = ["input", "content"]): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input at ${path.join(".")}: ${error.userMessage}`, {
    field: path.join("."),
    problems: [{ path, message: error.userMessage }],
    reason: error.code,
  });
}

export const noTranscript = () =>
  new AppError(ErrorCode.CONFLICT, "Mötet har ingen transkribering att analysera. Ladda upp en först. / The meeting has no transcript.", {
    reason: "NO_TRANSCRIPT",
  });
