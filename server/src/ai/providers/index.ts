export type { ExtractionProvider } from "./types";
export { createLocalProvider } from "./local";
export { createOpenAiProvider, type OpenAiProviderOptions, type ProviderLogger } from "./openai";
export { ExtractionProviderError, ProviderErrorCode } from "./errors";
