import { defineModule } from "../../platform/module";
import { jobsPermissions } from "./jobs.permissions";
import { JobsResolver } from "./jobs.resolver";
import { pruneJobHistoryJob } from "./jobs/prune-job-history.job";

export const jobsModule = defineModule({
  key: "JOBS",
  description: "Background job queues for admins: state per job, dead letters (replay, discard), live.",
  resolvers: [JobsResolver],
  permissions: jobsPermissions,
  topics: ["org.<orgId>.jobs", "system.jobs"],
  jobs: [pruneJobHistoryJob],
});
