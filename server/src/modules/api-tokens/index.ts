import { ApiToken } from "../../platform/identity/api-token.entity";
import { Role } from "../../platform/identity/user.entity";
import { defineModule } from "../../platform/module";
import { apiTokenPermissions } from "./api-token.permissions";
import { ApiTokenResolver } from "./api-token.resolver";

export const apiTokensModule = defineModule({
  key: "API_TOKENS",
  description: "Integrator API tokens: created by admins, shown once, stored hashed, scoped, expiring and revocable.",
  resolvers: [ApiTokenResolver],
  permissions: apiTokenPermissions,
  // Admin business: through `node` a token is invisible to others, like any unknown id.
  nodeTypes: { ApiToken: { entity: ApiToken, visibleTo: (p) => p.role === Role.ADMIN } },
});
