import { orgTopic } from "../../platform/pubsub";

/** A new brief version of the organisation (PRE or POST) was committed; the payload is its id. */
export const briefGenerated = (orgId: string) => orgTopic(orgId, "brief");
