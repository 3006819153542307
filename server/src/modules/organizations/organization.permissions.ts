import { rule } from "graphql-shield";
import { allow, and, fields, identityRule, isAdmin, isPerson, isViewer, or } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";
import type { GraphQLContext } from "../../platform/context";
import type { User } from "../../platform/identity/user.entity";

/** Per object: a user's own record. Strict cache, never contextual (keyed by name only). */
const isSelf = identityRule(rule({ cache: "strict" })((user: User, _a, ctx: GraphQLContext) => ctx.principal?.userId === user.id));

export const organizationPermissions = {
  Query: { viewer: isViewer, users: isAdmin, assignableUsers: isViewer },
  Mutation: { createUser: and(isAdmin, isPerson), updateUserRole: and(isAdmin, isPerson), setUserActive: and(isAdmin, isPerson) },
  Viewer: fields(["user", "organization", "role", "canEdit", "canAdmin"], isViewer),
  Organization: fields(["id", "name", "createdAt"], isViewer),
  User: { ...fields(["id", "name", "role", "createdAt", "updatedAt"], isViewer), email: or(isAdmin, isSelf), active: isAdmin },
  UserPayload: fields(["user"], allow),
  ...connectionRules("User"),
};
