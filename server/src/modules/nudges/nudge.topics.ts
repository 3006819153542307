import { orgTopic } from "../../platform/pubsub";

/** One person's nudges: created, read, answered. Only that person subscribes to it. */
export const nudgeTopic = (orgId: string, userId: string) => orgTopic(orgId, "user", userId, "nudge");
