import { defineModule } from "../../platform/module";
import { ActionItem } from "./action-item.entity";
import { ActionItemTrendResolver } from "./action-item-trend.resolver";
import { Decision } from "./decision.entity";
import { decisionPermissions } from "./decision.permissions";
import { ActionItemResolver, DecisionResolver, MeetingItemsResolver } from "./decision.resolver";
import { ExtractedEntity } from "./evidence";

export const decisionsModule = defineModule({
  key: "DECISIONS",
  description: "Decisions and action items with the words they came from, owners and due dates.",
  entities: [ExtractedEntity, Decision, ActionItem],
  resolvers: [MeetingItemsResolver, DecisionResolver, ActionItemResolver, ActionItemTrendResolver],
  permissions: decisionPermissions,
  nodeTypes: { Decision: { entity: Decision }, ActionItem: { entity: ActionItem } },
  topics: ["org.<orgId>.actionItem"],
});
