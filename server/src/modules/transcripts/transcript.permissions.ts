import { allow, fields, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

/** Viewers follow transcripts and runs; editors attach, re-run and read the transcript's text and cues. */
export const transcriptPermissions = {
  Query: { extractionRun: isViewer, transcriptSpeakers: isEditor },
  Mutation: fields(["attachTranscript", "rerunExtraction", "setTranscriptSpeakerMap"], isEditor),
  Subscription: { extractionRunChanged: isViewer },
  Meeting: fields(["transcript", "extractionRuns"], isViewer),
  Transcript: {
    ...fields(["id", "format", "filename", "byteSize", "segmentCount", "speakerCount", "uploadedBy", "createdAt", "updatedAt"], isViewer),
    text: isEditor,
    segments: isEditor,
    speakers: isEditor,
  },
  // The cues are the transcript's text: editors only at every level, not just at the parent field.
  TranscriptSegment: fields(["index", "speaker", "startMs", "endMs", "text"], isEditor),
  ...connectionRules("TranscriptSegment"),
  ExtractionRun: fields(
    [
      "id",
      "status",
      "progress",
      "source",
      "failureCode",
      "failureReason",
      "decisionCount",
      "actionItemCount",
      "startedAt",
      "finishedAt",
      "meeting",
      "createdAt",
      "updatedAt",
    ],
    isViewer,
  ),
  AttachTranscriptPayload: fields(["run", "transcript"], allow),
  TranscriptSpeaker: fields(["name", "turns", "participant"], isEditor),
  ExtractionRunPayload: fields(["run"], allow),
};
