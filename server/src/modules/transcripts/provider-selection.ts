import type { Logger } from "pino";
import type { AiConfig } from "../../config";
import { createLocalProvider, createOpenAiProvider, type ExtractionProvider } from "../../ai/index";
import { Sensitivity } from "../meetings/meeting.entity";
import { RunFailureCode } from "./transcript.errors";

/** The configured provider. Building one sends nothing; only `extract` talks to a server. */
export function createConfiguredProvider(ai: AiConfig, logger: Logger): ExtractionProvider {
  if (ai.provider === "local" || !ai.remote) return createLocalProvider();
  const log = logger.child({ module: "extraction" });
  return createOpenAiProvider({
    baseUrl: ai.remote.baseUrl,
    apiKey: ai.remote.apiKey ?? "",
    model: ai.remote.model,
    chunking: ai.remote.chunking,
    maxConcurrency: ai.remote.maxConcurrency,
    timeoutMs: ai.remote.timeoutMs,
    // The provider names its own events where it has one (summary, format fallback); these are the defaults.
    logger: {
      info: (fields, message) => log.info({ event: "extraction.remote_attempt", ...fields }, message),
      warn: (fields, message) => log.warn({ event: "extraction.remote_attempt_failed", ...fields }, message),
    },
  });
}

export type ProviderChoice = { ok: true; provider: ExtractionProvider } | { ok: false; code: typeof RunFailureCode.SENSITIVE_REQUIRES_LOCAL };

/**
 * Fort Knox: a SENSITIVE meeting may only be processed by a provider that keeps the text on this
 * machine. There is deliberately no fallback to another provider: the run fails closed and says why.
 */
export function chooseProvider(configured: ExtractionProvider, sensitivity: Sensitivity): ProviderChoice {
  if (sensitivity === Sensitivity.SENSITIVE && !configured.isLocal) return { ok: false, code: RunFailureCode.SENSITIVE_REQUIRES_LOCAL };
  return { ok: true, provider: configured };
}
