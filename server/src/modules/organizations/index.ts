import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { defineModule } from "../../platform/module";
import { organizationPermissions } from "./organization.permissions";
import { OrganizationResolver, ViewerResolver } from "./organization.resolver";

/** The viewer, the organisation and its users (the identity entities themselves live in platform/identity). */
export const organizationsModule = defineModule({
  key: "ORGANIZATIONS",
  description: "The signed-in viewer, the organisation and its users and roles.",
  resolvers: [OrganizationResolver, ViewerResolver],
  permissions: organizationPermissions,
  nodeTypes: {
    Organization: { entity: Organization, ownOrganizationOnly: true },
    User: { entity: User },
  },
});

