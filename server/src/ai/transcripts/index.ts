export { parseTranscript, detectFormat } from "./parse";
export { TranscriptError, TranscriptErrorCode, isTranscriptError } from "./errors";
export {
  DEFAULT_MAX_TRANSCRIPT_BYTES,
  TRANSCRIPT_FORMATS,
  type ParseOptions,
  type Transcript,
  type TranscriptFormat,
  type TranscriptSegment,
} from "./types";
export { parseTranscriptOffThread } from "./parse-pool";
