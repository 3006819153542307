import type { FilterQuery } from "@mikro-orm/postgresql";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { notFound, parseInput } from "../../platform/errors";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { Organization } from "../../platform/identity/organization.entity";
import { Stakeholder } from "./stakeholder.entity";
import {
  CreateStakeholderInput,
  StakeholderFilter,
  StakeholderPayload,
  UpdateStakeholderInput,
  createStakeholderSchema,
  stakeholderFilterSchema,
  updateStakeholderSchema,
} from "./stakeholder.inputs";

export const StakeholderConnection = Connection(Stakeholder, "Stakeholder");

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @Query(() => StakeholderConnection, { description: "The organisation's stakeholders, by name." })
  async stakeholders(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("filter", () => StakeholderFilter, { nullable: true, description: "Which stakeholders." }) filter: StakeholderFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const page = parsePage({ first, after });
    const parsed = parseInput(stakeholderFilterSchema, filter, "filter");
    const where: FilterQuery<Stakeholder> = {};
    if (parsed?.search) {
      const like = `%${escapeLike(parsed.search)}%`;
      where.$or = [{ name: { $ilike: like } }, { title: { $ilike: like } }, { organizationName: { $ilike: like } }];
    }
    const [items, total] = await ctx.em().findAndCount(Stakeholder, where, {
      orderBy: { name: "asc", id: "asc" },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, total, page);
  }

  @Mutation(() => StakeholderPayload, { description: "Create a stakeholder profile." })
  async createStakeholder(@Arg("input", () => CreateStakeholderInput) input: CreateStakeholderInput, @Ctx() ctx: GraphQLContext) {
    const { organization, ...rest } = parseInput(createStakeholderSchema, input);
    const em = ctx.em();
    const stakeholder = em.create(Stakeholder, {
      ...rest,
      organizationName: organization ?? null,
      organization: em.getReference(Organization, requirePrincipal(ctx).orgId),
    });
    await em.flush();
    return { stakeholder };
  }

  @Mutation(() => StakeholderPayload, { description: "Change a stakeholder profile." })
  async updateStakeholder(@Arg("input", () => UpdateStakeholderInput) input: UpdateStakeholderInput, @Ctx() ctx: GraphQLContext) {
    const { id, organization, ...rest } = parseInput(updateStakeholderSchema, input);
    const em = ctx.em();
    const stakeholder = await em.findOne(Stakeholder, { id });
    if (!stakeholder) throw notFound("Stakeholder");
    const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    em.assign(stakeholder, { ...changes, ...(organization !== undefined && { organizationName: organization }) });
    await em.flush();
    return { stakeholder };
  }
}
