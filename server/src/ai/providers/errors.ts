import type { RemoteExtractionDiagnostics } from "./types";

export const ProviderErrorCode = {
  /** The server kept answering 429 or 5xx. */
  UNAVAILABLE: "PROVIDER_UNAVAILABLE",
  /** The server refused the request (4xx other than 429): wrong key, model or payload. */
  REJECTED: "PROVIDER_REJECTED",
  /** The model kept returning output that is not valid JSON of the expected shape. */
  INVALID_OUTPUT: "PROVIDER_INVALID_OUTPUT",
  TIMEOUT: "PROVIDER_TIMEOUT",
  NETWORK: "PROVIDER_NETWORK",
} as const;
export type ProviderErrorCode = (typeof ProviderErrorCode)[keyof typeof ProviderErrorCode];

const USER_MESSAGES: Record<ProviderErrorCode, string> = {
  PROVIDER_UNAVAILABLE: "AI-tjänsten är inte tillgänglig just nu. Försök igen om en stund.",
  PROVIDER_REJECTED: "AI-tjänsten avvisade förfrågan. Kontrollera inställningarna för AI-leverantören.",
  PROVIDER_INVALID_OUTPUT: "AI-tjänsten svarade med ett ogiltigt resultat. Försök igen eller använd den lokala analysen.",
  PROVIDER_TIMEOUT: "AI-tjänsten svarade inte i tid. Försök igen om en stund.",
  PROVIDER_NETWORK: "Det gick inte att nå AI-tjänsten. Kontrollera nätverket och försök igen.",
};

/** A remote extraction that failed after its retries. Carries no transcript content. */
export class ExtractionProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly userMessage: string;
  readonly status: number | undefined;
  readonly attempts: number;
  /** Counts of what the extraction did before it failed (requests, invalid outputs…), when known. */
  readonly diagnostics: RemoteExtractionDiagnostics | undefined;

  constructor(code: ProviderErrorCode, detail: { status?: number; attempts: number; reason?: string; diagnostics?: RemoteExtractionDiagnostics }) {
    super(`${code} after ${detail.attempts} attempt(s)${detail.status ? ` (HTTP ${detail.status})` : ""}${detail.reason ? `: ${detail.reason}` : ""}`);
    this.name = "ExtractionProviderError";
    this.code = code;
    this.userMessage = USER_MESSAGES[code];
    this.status = detail.status;
    this.attempts = detail.attempts;
    this.diagnostics = detail.diagnostics;
  }
}
