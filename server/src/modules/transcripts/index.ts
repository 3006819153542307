import { defineModule } from "../../platform/module";
import { requeueRunsJob } from "./extraction-recovery";
import { ExtractionRun } from "./extraction-run.entity";
import { extractMeetingJob } from "./jobs/extract-meeting.job";
import { Transcript } from "./transcript.entity";
import { transcriptPermissions } from "./transcript.permissions";
import { ExtractionRunResolver, MeetingTranscriptResolver, TranscriptResolver } from "./transcript.resolver";

export const transcriptsModule = defineModule({
  key: "TRANSCRIPTS",
  description: "Transcripts behind the consent gate, and extraction runs as background jobs (Fort Knox fail-closed).",
  entities: [Transcript, ExtractionRun],
  resolvers: [MeetingTranscriptResolver, TranscriptResolver, ExtractionRunResolver],
  permissions: transcriptPermissions,
  nodeTypes: { Transcript: { entity: Transcript }, ExtractionRun: { entity: ExtractionRun } },
  topics: ["org.<orgId>.meeting.<meetingId>.extractionRun"],
  jobs: [extractMeetingJob, requeueRunsJob],
});
