export type { ExtractionProvider, RemoteExtractionDiagnostics, RemoteExtractionProvider, RemoteExtractionResult } from "./types";
export { createLocalProvider } from "./local";
export { createOpenAiProvider, type OpenAiProviderOptions, type ProviderLogger } from "./openai";
export { DEFAULT_CHUNKING, type ChunkingOptions } from "./chunking";
export { ExtractionProviderError, ProviderErrorCode } from "./errors";
