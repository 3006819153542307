import { orgTopic } from "../../platform/pubsub";

/** Progress of a meeting's extraction runs; the meeting is checked at subscribe time. */
export const extractionRunChanged = (orgId: string, meetingId: string) => orgTopic(orgId, "meeting", meetingId, "extractionRun");
