import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { globalIdOf, trimmed } from "../../platform/validation";
import { Organization } from "../../platform/identity/organization.entity";
import { ROLE_RANK, Role, User } from "../../platform/identity/user.entity";
import { UserService } from "./user.service";

export const UserConnection = Connection(User, "User");

const users = (ctx: GraphQLContext) => new UserService(ctx.em(), requirePrincipal(ctx), ctx.pubsub);

@ObjectType({ description: "Who is asking, and what they may do." })
export class Viewer {
  /** Read by ViewerResolver when `user` or `organization` is selected. */
  userId!: string;
  orgId!: string;
  @Field(() => Role, { description: "The role in force for this request." })
  role!: Role;
  @Field(() => Boolean, { description: "Whether the viewer may write." })
  canEdit!: boolean;
  @Field(() => Boolean, { description: "Whether the viewer may manage users and tokens." })
  canAdmin!: boolean;
}

@InputType({ description: "Invite a user to the organisation." })
export class CreateUserInput {
  @Field(() => String, { description: "Full name." }) name!: string;
  @Field(() => String, { description: "E-mail address." }) email!: string;
  @Field(() => Role, { description: "Role." }) role!: Role;
}
const createUserSchema = z.object({ name: trimmed(1, 200), email: z.email("must be an e-mail address").max(320), role: z.enum(Role) });

@InputType({ description: "Change a user's role." })
export class UpdateUserRoleInput {
  @Field(() => ID, { description: "The user." }) id!: string;
  @Field(() => Role, { description: "The new role." }) role!: Role;
}
const updateUserRoleSchema = z.object({ id: globalIdOf("User"), role: z.enum(Role) });

@InputType({ description: "Deactivate or reactivate a user." })
export class SetUserActiveInput {
  @Field(() => ID, { description: "The user." }) id!: string;
  @Field(() => Boolean, {
    description: "False: the user can no longer sign in, and their sessions and the API tokens they created stop working at once. True: they may sign in again.",
  })
  active!: boolean;
}
const setUserActiveSchema = z.object({ id: globalIdOf("User"), active: z.boolean() });

@ObjectType({ description: "Result of changing a user." })
export class UserPayload {
  @Field(() => User, { nullable: true, description: "The user." }) user!: User | null;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => User, { description: "The signed-in user (for an API token: the admin who created it)." })
  async user(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<User> {
    return (await ctx.loaders.load(User, viewer.userId)) ?? (await ctx.em().findOneOrFail(User, { id: viewer.userId }));
  }

  @FieldResolver(() => Organization, { description: "The viewer's organisation." })
  organization(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.em().findOneOrFail(Organization, { id: viewer.orgId });
  }
}

@Resolver(() => User)
export class OrganizationResolver {
  @Query(() => Viewer, { description: "The signed-in user, their organisation and what they may do." })
  viewer(@Ctx() ctx: GraphQLContext): Viewer {
    const principal = requirePrincipal(ctx);
    // The user and the organisation are read only when asked for (ViewerResolver): `canEdit` needs no query.
    return Object.assign(new Viewer(), {
      userId: principal.userId,
      orgId: principal.orgId,
      role: principal.role,
      canEdit: ROLE_RANK[principal.role] >= ROLE_RANK[Role.EDITOR],
      canAdmin: principal.role === Role.ADMIN,
    });
  }

  @Query(() => UserConnection, { description: "The organisation's users (admins only)." })
  async users(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const page = parsePage({ first, after });
    const [items, total] = await ctx.em().findAndCount(User, {}, { orderBy: { name: "asc", id: "asc" }, limit: page.limit, offset: page.offset });
    return toConnection(items, total, page);
  }

  @Query(() => [User], { description: "Active users who can own action items, by name (at most 200): the owner picker, for every role." })
  assignableUsers(@Ctx() ctx: GraphQLContext) {
    return ctx.em().find(User, { active: true }, { orderBy: { name: "asc", id: "asc" }, limit: 200 });
  }

  @Mutation(() => UserPayload, { description: "Add a user to the organisation (admins only). Audited." })
  async createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(createUserSchema, input);
    return { user: await users(ctx).create(parsed) };
  }

  @Mutation(() => UserPayload, { description: "Change a user's role (admins only; you cannot demote yourself). Audited." })
  async updateUserRole(@Arg("input", () => UpdateUserRoleInput) input: UpdateUserRoleInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(updateUserRoleSchema, input);
    return { user: await users(ctx).updateRole(parsed.id, parsed.role) };
  }

  @Mutation(() => UserPayload, {
    description: "Deactivate or reactivate a user (admins signed in as themselves; you cannot deactivate yourself). Takes effect at once. Audited.",
  })
  async setUserActive(@Arg("input", () => SetUserActiveInput) input: SetUserActiveInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(setUserActiveSchema, input);
    return { user: await users(ctx).setActive(parsed.id, parsed.active) };
  }

  @FieldResolver(() => Boolean, { description: "Whether the user may sign in. Deactivated users keep their history. Visible to admins." })
  active(@Root() user: User): boolean {
    return user.active;
  }

  @FieldResolver(() => String, { nullable: true, description: "E-mail address. Visible to the user themself and to admins." })
  email(@Root() user: User): string {
    return user.email;
  }
}
