import type { SttConfig } from "../../config";
import { createSttClient, type SpeechToText } from "../../ai/speech/index";

/** The configured speech-to-text client, or null when STT_URL is unset. Building it sends nothing. */
export function createConfiguredStt(stt: SttConfig | null): SpeechToText | null {
  if (!stt) return null;
  return createSttClient({ url: stt.url, model: stt.model, language: stt.language, local: stt.local, ...(stt.apiKey ? { apiKey: stt.apiKey } : {}) });
}
