import { defineModule } from "../../platform/module";
import { nudgeDeliverJob } from "./jobs/nudge-deliver.job";
import { nudgeSweepJob } from "./jobs/nudge-sweep.job";
import { NotificationPreference, Nudge, NudgeDelivery, NudgeItemState, NudgeSettings } from "./nudge.entity";
import { nudgePermissions } from "./nudge.permissions";
import { ActionItemBlockResolver, NudgeResolver } from "./nudge.resolver";
import { nudgeMetrics } from "./nudge.metrics";
import { unsubscribeRoutes } from "./nudge.routes";

export const nudgesModule = defineModule({
  key: "NUDGES",
  description: "Reminders for stalled, due and overdue action items — in the app, by e-mail and chat — with escalation to organisers.",
  entities: [Nudge, NudgeDelivery, NudgeItemState, NudgeSettings, NotificationPreference],
  resolvers: [NudgeResolver, ActionItemBlockResolver],
  permissions: nudgePermissions,
  nodeTypes: { Nudge: { entity: Nudge, ownedBy: (principal) => ({ recipient: principal.userId }) } },
  topics: ["org.<orgId>.user.<userId>.nudge"],
  jobs: [nudgeSweepJob, nudgeDeliverJob],
  routes: unsubscribeRoutes,
  metrics: (registry) => void nudgeMetrics(registry),
});
