import { AppError, ErrorCode } from "../../platform/errors";

/** Why a speech transcription failed, as stored in SpeechTranscription.failureCode (STT_* from the client pass through). */
export const SpeechFailureCode = {
  STT_NOT_CONFIGURED: "STT_NOT_CONFIGURED",
  SENSITIVE_REQUIRES_LOCAL: "SENSITIVE_REQUIRES_LOCAL",
  CONSENT_REQUIRED: "CONSENT_REQUIRED",
  /** The requesting editor is gone or no longer an editor. */
  REQUESTER_GONE: "REQUESTER_GONE",
  /** Held for speaker mapping longer than HOLD_MS: the text is deleted. */
  EXPIRED: "EXPIRED",
  TRANSCRIPTION_FAILED: "TRANSCRIPTION_FAILED",
  /** A newer upload of the same meeting replaced one that waited for its speakers. */
  SUPERSEDED: "SUPERSEDED",
} as const;

export const SPEECH_REASONS: Record<keyof typeof SpeechFailureCode, string> = {
  STT_NOT_CONFIGURED: "Tal till text är inte inställt på den här servern. Be en administratör ange STT_URL.",
  SENSITIVE_REQUIRES_LOCAL:
    "Mötet är klassat som känsligt och dess ljud får bara skickas till en taltjänst som körs lokalt, men den inställda tjänsten är extern. Ingenting har skickats.",
  CONSENT_REQUIRED:
    "Transkriberingen stoppades innan något skickades: alla deltagare måste ha samtyckt till inspelning och AI-behandling. Registrera samtycket och ladda upp ljudet igen.",
  REQUESTER_GONE: "Den som laddade upp ljudet har inte längre rätt att lägga till transkriberingar. Ingenting sparades.",
  EXPIRED: "Talarna kopplades aldrig till deltagare, så transkriberingen har raderats. Ladda upp ljudet igen.",
  TRANSCRIPTION_FAILED: "Transkriberingen misslyckades oväntat. Försök igen.",
  SUPERSEDED: "En nyare ljudfil laddades upp för mötet, så den här transkriberingen har raderats.",
};

/** STT_URL unset: the feature is off. CONFLICT (the server's state, not the request, is the problem) with a reason. */
export const sttNotConfigured = () =>
  new AppError(ErrorCode.CONFLICT, "Speech-to-text is not configured on this server (STT_URL). / Tal till text är inte inställt.", { reason: SpeechFailureCode.STT_NOT_CONFIGURED });

/** Fort Knox: audio of a SENSITIVE meeting never goes to an endpoint not marked local. Nothing stored, nothing sent. */
export const sensitiveRequiresLocal = () =>
  new AppError(ErrorCode.FORBIDDEN, "The meeting is SENSITIVE and the speech-to-text server is not marked local (STT_LOCAL); nothing was sent.", {
    reason: SpeechFailureCode.SENSITIVE_REQUIRES_LOCAL,
  });

export const notAwaitingSpeakers = () =>
  new AppError(ErrorCode.CONFLICT, "This transcription is not waiting for speakers to be mapped.", { reason: "NOT_AWAITING_SPEAKERS" });
