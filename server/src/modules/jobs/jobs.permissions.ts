import { allow, fields, isAdmin } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

const QUEUE_FIELDS = ["jobName", "description", "schedule", "queued", "running", "failed", "dead", "succeeded24h"];
const DEAD_LETTER_FIELDS = ["id", "jobName", "jobKey", "errorCode", "errorMessage", "attempts", "firstFailedAt", "lastFailedAt", "status", "resolvedAt", "system", "viewerCanResolve"];

export const jobsPermissions = {
  Query: { jobQueues: isAdmin, deadLetters: isAdmin },
  Mutation: { replayDeadLetter: isAdmin, discardDeadLetter: isAdmin },
  Subscription: { jobQueuesChanged: isAdmin },
  JobQueueState: fields(QUEUE_FIELDS, isAdmin),
  DeadLetter: fields(DEAD_LETTER_FIELDS, isAdmin),
  DeadLetterPayload: fields(["deadLetter"], allow),
  JobQueuesChanged: fields(["at"], isAdmin),
  ...connectionRules("DeadLetter"),
};
