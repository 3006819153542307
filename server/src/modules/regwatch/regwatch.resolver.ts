import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Config } from "../../config";
import { canAdmin } from "../../platform/authz";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { createOutboundClient, type OutboundClient } from "../../platform/outbound";
import { RegwatchTopic } from "./regwatch-alert.entity";
import { RegwatchSource } from "./regwatch-source.entity";
import {
  CreateRegwatchSourceInput,
  CreateRegwatchTopicInput,
  DeleteRegwatchSourcePayload,
  DeleteRegwatchTopicPayload,
  RegwatchPollPayload,
  RegwatchSourceIdInput,
  RegwatchSourcePayload,
  RegwatchTopicIdInput,
  RegwatchTopicPayload,
  UpdateRegwatchSourceInput,
  UpdateRegwatchTopicInput,
  createRegwatchSourceSchema,
  createRegwatchTopicSchema,
  regwatchSourceIdSchema,
  regwatchTopicIdSchema,
  updateRegwatchSourceSchema,
  updateRegwatchTopicSchema,
} from "./regwatch.inputs";
import { RegwatchService } from "./regwatch.service";

export const regwatchService = (ctx: GraphQLContext) =>
  new RegwatchService(ctx.em(), requirePrincipal(ctx), { db: ctx.db, pubsub: ctx.pubsub, clock: ctx.clock, logger: ctx.logger.child({ module: "regwatch" }) });

/** One guarded client per configuration for polls started from a request (jobs use their deps' client). */
const clients = new WeakMap<Config, OutboundClient>();
function outboundFor(config: Config): OutboundClient {
  let client = clients.get(config);
  if (!client) clients.set(config, (client = createOutboundClient({ allowlist: config.outbound.allowlist })));
  return client;
}

@Resolver(() => RegwatchSource)
export class RegwatchSourceResolver {
  @Query(() => [RegwatchSource], { description: "The sources your organisation's alerts come from: the system-wide ones (read-only) and your own (admins only)." })
  regwatchSources(@Ctx() ctx: GraphQLContext): Promise<RegwatchSource[]> {
    return regwatchService(ctx).sources();
  }

  @FieldResolver(() => Boolean, { description: "Whether you may change, poll or delete it (an admin, and not a system-wide source)." })
  viewerCanManage(@Root() source: RegwatchSource, @Ctx() ctx: GraphQLContext): boolean {
    return canAdmin(ctx) && !!source.ownerOrg;
  }

  @Mutation(() => RegwatchSourcePayload, { description: "Watch a feed, an API or a page (admins). It is polled at once and then every `intervalMinutes`." })
  async createRegwatchSource(@Arg("input", () => CreateRegwatchSourceInput) input: CreateRegwatchSourceInput, @Ctx() ctx: GraphQLContext) {
    return { source: await regwatchService(ctx).createSource(parseInput(createRegwatchSourceSchema(ctx.config.outbound.allowlist), input)) };
  }

  @Mutation(() => RegwatchSourcePayload, { description: "Enable or disable one of your sources, or change its interval, timeout or selector (admins). System-wide sources are read-only." })
  async updateRegwatchSource(@Arg("input", () => UpdateRegwatchSourceInput) input: UpdateRegwatchSourceInput, @Ctx() ctx: GraphQLContext) {
    return { source: await regwatchService(ctx).updateSource(parseInput(updateRegwatchSourceSchema, input)) };
  }

  @Mutation(() => DeleteRegwatchSourcePayload, { description: "Stop watching one of your sources (admins): its items, versions and alerts are deleted." })
  async deleteRegwatchSource(@Arg("input", () => RegwatchSourceIdInput) input: RegwatchSourceIdInput, @Ctx() ctx: GraphQLContext) {
    return { deletedSourceId: await regwatchService(ctx).deleteSource(parseInput(regwatchSourceIdSchema, input).id) };
  }

  @Mutation(() => RegwatchPollPayload, { description: "Poll one of your sources now (admins), through the same code as the schedule; a failure is reported in `status` and `errorCode`." })
  async pollRegwatchSource(@Arg("input", () => RegwatchSourceIdInput) input: RegwatchSourceIdInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(regwatchSourceIdSchema, input);
    const { outcome, source } = await regwatchService(ctx).pollNow(id, outboundFor(ctx.config));
    return { status: outcome.status, errorCode: outcome.errorCode, newItems: outcome.newItems, newVersions: outcome.newVersions, alerts: outcome.alerts, source };
  }
}

@Resolver(() => RegwatchTopic)
export class RegwatchTopicResolver {
  @Query(() => [RegwatchTopic], { description: "Your organisation's watch topics." })
  regwatchTopics(@Ctx() ctx: GraphQLContext): Promise<RegwatchTopic[]> {
    return regwatchService(ctx).topics();
  }

  @Mutation(() => RegwatchTopicPayload, { description: "Watch a topic (admins): words, SFS numbers, CELEX ids. Versions polled from now on are matched against it." })
  async createRegwatchTopic(@Arg("input", () => CreateRegwatchTopicInput) input: CreateRegwatchTopicInput, @Ctx() ctx: GraphQLContext) {
    return { topic: await regwatchService(ctx).createTopic(parseInput(createRegwatchTopicSchema, input)) };
  }

  @Mutation(() => RegwatchTopicPayload, { description: "Change a watch topic's name, query or severity (admins)." })
  async updateRegwatchTopic(@Arg("input", () => UpdateRegwatchTopicInput) input: UpdateRegwatchTopicInput, @Ctx() ctx: GraphQLContext) {
    return { topic: await regwatchService(ctx).updateTopic(parseInput(updateRegwatchTopicSchema, input)) };
  }

  @Mutation(() => DeleteRegwatchTopicPayload, { description: "Stop watching a topic (admins). Alerts it matched stay, with its name." })
  async deleteRegwatchTopic(@Arg("input", () => RegwatchTopicIdInput) input: RegwatchTopicIdInput, @Ctx() ctx: GraphQLContext) {
    return { deletedTopicId: await regwatchService(ctx).deleteTopic(parseInput(regwatchTopicIdSchema, input).id) };
  }
}
