import { extractLocally, LOCAL_EXTRACTOR_SOURCE } from "../extraction/extract";
import type { ExtractionProvider } from "./types";

/** The offline heuristic extractor behind the provider interface. */
export function createLocalProvider(): ExtractionProvider {
  return {
    name: LOCAL_EXTRACTOR_SOURCE,
    isLocal: true,
    // Async for the interface's sake; the work itself is synchronous and takes milliseconds.
    extract: async (transcript, options) => extractLocally(transcript, options),
  };
}
