import { allow, and, fields, isAdmin, isPerson } from "../../platform/authz";

/** Tokens are managed by admins signed in as themselves: a token cannot mint tokens. */
export const apiTokenPermissions = {
  Query: { apiTokens: and(isAdmin, isPerson) },
  Mutation: fields(["createApiToken", "revokeApiToken"], and(isAdmin, isPerson)),
  ApiToken: fields(["id", "label", "prefix", "scopes", "expiresAt", "revokedAt", "lastUsedAt", "createdAt", "updatedAt"], isAdmin),
  CreateApiTokenPayload: fields(["apiToken", "token"], allow),
  RevokeApiTokenPayload: fields(["apiToken"], allow),
};
