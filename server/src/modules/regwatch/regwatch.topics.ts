import { orgTopic } from "../../platform/pubsub";

/** New alerts of one organisation (payload: the alert's id). */
export const regwatchAlertTopic = (orgId: string) => orgTopic(orgId, "regwatchAlert");
