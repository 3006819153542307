import { allow, fields, isEditor, isViewer } from "../../platform/authz";

/** Viewers see that audio is being transcribed and its outcome; editors upload, map speakers and see the speakers found. */
export const speechPermissions = {
  Query: { speechToText: isViewer, speechTranscription: isViewer },
  Mutation: fields(["transcribeAudio", "completeSpeechTranscription"], isEditor),
  Meeting: { speechTranscription: isViewer },
  SpeechTranscription: {
    ...fields(
      ["id", "status", "contentType", "fileName", "byteSize", "durationMs", "segmentCount", "diarised", "failureCode", "failureReason", "run", "meeting", "finishedAt", "createdAt", "updatedAt"],
      isViewer,
    ),
    speakers: isEditor,
  },
  SpeechTranscriptionPayload: fields(["speechTranscription"], allow),
  SpeechToTextSettings: fields(["enabled", "local", "maxBytes"], isViewer),
};
