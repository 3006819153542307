import { orgTopic } from "../../platform/pubsub";

/** An action item of the organisation was created, changed or deleted (also by extraction). */
export const actionItemChanged = (orgId: string) => orgTopic(orgId, "actionItem");
