import { registerPreBriefSection } from "../briefs/pre-brief.sections";
import { defineModule } from "../../platform/module";
import type { Principal } from "../../platform/auth";
import { regwatchPollJob } from "./jobs/regwatch-poll.job";
import { regwatchPollSourceJob } from "./jobs/regwatch-poll-source.job";
import { RegwatchAlert, RegwatchTopic } from "./regwatch-alert.entity";
import { RegwatchAlertResolver, RegwatchItemResolver, RegwatchVersionResolver } from "./regwatch-alert.resolver";
import { RegwatchItem, RegwatchSource, RegwatchVersion } from "./regwatch-source.entity";
import { regwatchPermissions } from "./regwatch.permissions";
import { regwatchPreBriefSection } from "./regwatch.pre-brief";
import { RegwatchSourceResolver, RegwatchTopicResolver } from "./regwatch.resolver";
import { regwatchRoutes } from "./regwatch.routes";
import { visibleTo } from "./regwatch.service";

export { seedRegwatchDemo } from "./regwatch-demo";

registerPreBriefSection(regwatchPreBriefSection);

/** System-wide rows (organization_id null) are everyone's; the rest only their organisation's. */
const systemOrOwn = (p: Principal) => visibleTo(p.orgId);

export const regwatchModule = defineModule({
  key: "REGWATCH",
  description: "Regulatory watch: polls feeds, APIs and pages (RSS, Atom, Riksdagen, rättsdatabaser, HTML), versions statutes by section, matches changes to topics, meetings and stakeholders, and alerts.",
  entities: [RegwatchSource, RegwatchItem, RegwatchVersion, RegwatchTopic, RegwatchAlert],
  resolvers: [RegwatchSourceResolver, RegwatchTopicResolver, RegwatchAlertResolver, RegwatchItemResolver, RegwatchVersionResolver],
  permissions: regwatchPermissions,
  nodeTypes: {
    RegwatchSource: { entity: RegwatchSource, ownedBy: systemOrOwn },
    RegwatchItem: { entity: RegwatchItem, ownedBy: systemOrOwn },
    RegwatchVersion: { entity: RegwatchVersion, ownedBy: systemOrOwn },
    RegwatchTopic: { entity: RegwatchTopic },
    RegwatchAlert: { entity: RegwatchAlert },
  },
  topics: ["org.<orgId>.regwatchAlert"],
  jobs: [regwatchPollJob, regwatchPollSourceJob],
  routes: regwatchRoutes,
});
