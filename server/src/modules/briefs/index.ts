import { defineModule } from "../../platform/module";
import { Meeting } from "../meetings/meeting.entity";
import { BRIEF_ORDER, Brief } from "./brief.entity";
import { briefPermissions } from "./brief.permissions";
import { BriefResolver, MeetingBriefsResolver } from "./brief.resolver";
import { preBriefEmailJob } from "./jobs/pre-brief-email.job";
import { preBriefGenerateJob } from "./jobs/pre-brief-generate.job";
import { preBriefSweepJob } from "./jobs/pre-brief-sweep.job";

export const briefsModule = defineModule({
  key: "BRIEFS",
  description: "Deterministic, versioned briefs: post-meeting from the stored items, pre-meeting (written ahead by a sweep, optionally e-mailed) from participants and earlier meetings.",
  entities: [Brief],
  resolvers: [MeetingBriefsResolver, BriefResolver],
  permissions: briefPermissions,
  nodeTypes: { Brief: { entity: Brief } },
  topics: ["org.<orgId>.brief"],
  jobs: [preBriefSweepJob, preBriefGenerateJob, preBriefEmailJob],
  // A list of meetings that shows their briefs (the dashboard) reads them in its own statement; the bodies only when asked for.
  listExtensions: [{ list: Meeting, field: "briefs", entity: Brief, property: "meeting", orderBy: BRIEF_ORDER, omitUnlessSelected: ["body"] }],
});
