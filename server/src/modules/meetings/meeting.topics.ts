import { orgTopic } from "../../platform/pubsub";

/** A meeting of the organisation was created, changed or deleted. */
export const meetingChanged = (orgId: string) => orgTopic(orgId, "meeting");
