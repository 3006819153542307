import { defineModule } from "../../platform/module";
import { speechTranscribeJob } from "./jobs/speech-transcribe.job";
import { speechPruneJob } from "./jobs/speech-prune.job";
import { SpeechTranscription } from "./speech-transcription.entity";
import { speechPermissions } from "./speech.permissions";
import { MeetingSpeechResolver, SpeechResolver } from "./speech.resolver";

export const speechModule = defineModule({
  key: "SPEECH",
  description: "Speech-to-text: audio uploads transcribed by an OpenAI-compatible /v1/audio/transcriptions server into the transcripts module (Fort Knox: SENSITIVE only to a local server).",
  entities: [SpeechTranscription],
  resolvers: [SpeechResolver, MeetingSpeechResolver],
  permissions: speechPermissions,
  nodeTypes: { SpeechTranscription: { entity: SpeechTranscription } },
  jobs: [speechTranscribeJob, speechPruneJob],
});
