import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { notFound, parseInput } from "../../platform/errors";
import { hashToken, newApiTokenSecret } from "../../platform/auth";
import { globalIdOf, trimmed } from "../../platform/validation";
import { announcePrincipalChange } from "../../platform/principal-events";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { ApiToken, ApiTokenScope } from "../../platform/identity/api-token.entity";

@InputType({ description: "A new integrator API token." })
export class CreateApiTokenInput {
  @Field(() => String, { description: "A label, e.g. the integration's name." }) label!: string;
  @Field(() => [ApiTokenScope], { description: "READ and/or WRITE." }) scopes!: ApiTokenScope[];
  @Field(() => Int, { description: "Days until it expires, 1–365." }) expiresInDays!: number;
}
const createApiTokenSchema = z.object({
  label: trimmed(1, 200),
  scopes: z.array(z.enum(ApiTokenScope)).min(1, "at least one scope").max(2),
  expiresInDays: z.number().int().min(1, "must be 1–365").max(365, "must be 1–365"),
});

@InputType({ description: "Revoke an API token." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "The token." }) id!: string;
}
const revokeApiTokenSchema = z.object({ id: globalIdOf("ApiToken") });

@ObjectType({ description: "A created token. `token` is shown this once and never again." })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: "The token's record." }) apiToken!: ApiToken | null;
  @Field(() => String, { nullable: true, description: "The secret; store it now, it cannot be shown again." }) token!: string | null;
}

@ObjectType({ description: "Result of revoking a token." })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: "The revoked token." }) apiToken!: ApiToken | null;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: "The organisation's integrator API tokens (admins only)." })
  apiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return ctx.em().find(ApiToken, {}, { orderBy: { createdAt: "desc" } });
  }

  @Mutation(() => CreateApiTokenPayload, { description: "Create an integrator API token (admins only)." })
  async createApiToken(@Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(createApiTokenSchema, input);
    const principal = requirePrincipal(ctx);
    const em = ctx.em();
    const token = newApiTokenSecret();
    const apiToken = em.create(ApiToken, {
      organization: em.getReference(Organization, principal.orgId),
      createdBy: em.getReference(User, principal.userId),
      label: parsed.label,
      prefix: token.slice(0, 10),
      tokenHash: hashToken(token),
      scopes: [...new Set(parsed.scopes)],
      expiresAt: new Date(Date.now() + parsed.expiresInDays * 86_400_000),
    });
    await em.flush();
    return { apiToken, token };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: "Revoke an API token at once (admins only)." })
  async revokeApiToken(@Arg("input", () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(revokeApiTokenSchema, input);
    const em = ctx.em();
    const apiToken = await em.findOne(ApiToken, { id });
    if (!apiToken) throw notFound("ApiToken");
    apiToken.revokedAt ??= new Date();
    await em.flush();
    // Open WebSockets that signed in with it close now, on every process.
    announcePrincipalChange(ctx.pubsub, apiToken.createdBy.id);
    return { apiToken };
  }
}
