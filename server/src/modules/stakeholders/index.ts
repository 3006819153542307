import { defineModule } from "../../platform/module";
import { Stakeholder } from "./stakeholder.entity";
import { stakeholderPermissions } from "./stakeholder.permissions";
import { StakeholderResolver } from "./stakeholder.resolver";

/** The smallest module: one entity, one resolver, its rules and its node type. */
export const stakeholdersModule = defineModule({
  key: "STAKEHOLDERS",
  description: "Stakeholder profiles with influence and interest; contact details and notes for editors.",
  entities: [Stakeholder],
  resolvers: [StakeholderResolver],
  permissions: stakeholderPermissions,
  nodeTypes: { Stakeholder: { entity: Stakeholder } },
});
