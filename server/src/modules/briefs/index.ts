import { defineModule } from "../../platform/module";
import { Brief } from "./brief.entity";
import { briefPermissions } from "./brief.permissions";
import { MeetingBriefsResolver } from "./brief.resolver";

export const briefsModule = defineModule({
  key: "BRIEFS",
  description: "Deterministic, versioned post-meeting briefs.",
  entities: [Brief],
  resolvers: [MeetingBriefsResolver],
  permissions: briefPermissions,
  nodeTypes: { Brief: { entity: Brief } },
});
