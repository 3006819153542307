import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import type { ChangeEvent } from "../../platform/pubsub";
import { readShape } from "../../platform/read-path";
import { ActionItem } from "../decisions/action-item.entity";
import { Nudge, NudgeDelivery, NudgeItemState, NudgeKind, NudgeSettings } from "./nudge.entity";
import {
  ActionItemBlock,
  BlockNudgeInput,
  MarkAllNudgesReadPayload,
  NotificationPreferences,
  NudgeFilter,
  NudgeIdInput,
  NudgePayload,
  ReassignNudgeInput,
  SnoozeNudgeInput,
  UnblockActionItemInput,
  UnblockActionItemPayload,
  UpdateNotificationPreferencesInput,
  UpdateNudgeSettingsInput,
  blockNudgeSchema,
  nudgeFilterSchema,
  nudgeIdSchema,
  reassignNudgeSchema,
  snoozeNudgeSchema,
  unblockActionItemSchema,
  updateNotificationPreferencesSchema,
  updateNudgeSettingsSchema,
} from "./nudge.inputs";
import { NudgeService, quietHoursOf } from "./nudge.service";
import { nudgeTopic } from "./nudge.topics";
import { validateWebhookUrl } from "../../platform/delivery/chat";
import { badInput } from "../../platform/errors";

export const NudgeConnection = Connection(Nudge, "Nudge");
const windowHoursByRequest = new WeakMap<GraphQLContext, Promise<number>>();

const service = (ctx: GraphQLContext) => new NudgeService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, ctx.clock, ctx.jobs);

function preferencesView(ctx: GraphQLContext, data: Awaited<ReturnType<NudgeService["preferences"]>>): NotificationPreferences {
  const quiet = quietHoursOf(data.pref, data.settings);
  return Object.assign(new NotificationPreferences(), {
    email: data.pref?.email ?? true,
    emailAvailable: !!ctx.config.smtp,
    slackConfigured: !!data.pref?.slackWebhookUrl,
    teamsConfigured: !!data.pref?.teamsWebhookUrl,
    quietStart: quiet.start,
    quietEnd: quiet.end,
    ownQuietHours: quiet.own,
  });
}

@Resolver(() => Nudge)
export class NudgeResolver {
  @Query(() => NudgeConnection, { description: "Your nudges, newest first." })
  async nudges(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("filter", () => NudgeFilter, { nullable: true, description: "Which nudges." }) filter: NudgeFilter | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = parsePage({ first, after });
    const where = parseInput(nudgeFilterSchema, filter, "filter");
    const { items, total } = await service(ctx).list(where, page, readShape(info));
    return toConnection(items, total, page);
  }

  @FieldResolver(() => ActionItem, { nullable: true, description: "The action item it is about." })
  actionItem(@Root() nudge: Nudge, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(ActionItem, nudge.actionItem.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: "For STALLED and ESCALATION: the organisation's window, in working hours without progress." })
  windowHours(@Root() nudge: Nudge, @Ctx() ctx: GraphQLContext): Promise<number> | null {
    if (nudge.kind !== NudgeKind.STALLED && nudge.kind !== NudgeKind.ESCALATION) return null;
    // Once per request: every nudge of a page shares the organisation's setting.
    let hours = windowHoursByRequest.get(ctx);
    if (!hours) windowHoursByRequest.set(ctx, (hours = service(ctx).settings().then((s) => s.stalledHours)));
    return hours;
  }

  @FieldResolver(() => [NudgeDelivery], { description: "How it went out by e-mail and chat." })
  deliveries(@Root() nudge: Nudge, @Ctx() ctx: GraphQLContext) {
    return ctx.em().find(NudgeDelivery, { nudge: nudge.id }, { orderBy: { channel: "asc" } });
  }

  @Mutation(() => NudgePayload, { description: "Mark one of your nudges read." })
  async markNudgeRead(@Arg("input", () => NudgeIdInput) input: NudgeIdInput, @Ctx() ctx: GraphQLContext) {
    const nudge = await service(ctx).markRead(parseInput(nudgeIdSchema, input).id);
    return { nudge, actionItem: await ctx.loaders.load(ActionItem, nudge.actionItem.id) };
  }

  @Mutation(() => MarkAllNudgesReadPayload, { description: "Mark all your nudges read." })
  async markAllNudgesRead(@Ctx() ctx: GraphQLContext) {
    return { marked: await service(ctx).markAllRead() };
  }

  @Mutation(() => NudgePayload, { description: "Mark the nudged action item done: no more nudges about it." })
  async completeNudge(@Arg("input", () => NudgeIdInput) input: NudgeIdInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).complete(parseInput(nudgeIdSchema, input).id);
  }

  @Mutation(() => NudgePayload, { description: "Snooze: no nudges about the item for 1 or 3 days or until a date; one comes then if nothing happened." })
  async snoozeNudge(@Arg("input", () => SnoozeNudgeInput) input: SnoozeNudgeInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).snooze(parseInput(snoozeNudgeSchema, input));
  }

  @Mutation(() => NudgePayload, { description: "Mark the nudged item blocked with a reason; its organiser is told and your nudges pause." })
  async blockNudge(@Arg("input", () => BlockNudgeInput) input: BlockNudgeInput, @Ctx() ctx: GraphQLContext) {
    const { id, reason } = parseInput(blockNudgeSchema, input);
    return service(ctx).block(id, reason);
  }

  @Mutation(() => NudgePayload, { description: "Give the nudged item to someone else (their window starts now)." })
  async reassignNudge(@Arg("input", () => ReassignNudgeInput) input: ReassignNudgeInput, @Ctx() ctx: GraphQLContext) {
    const { id, ownerId } = parseInput(reassignNudgeSchema, input);
    return service(ctx).reassign(id, ownerId);
  }

  @Mutation(() => UnblockActionItemPayload, { description: "Lift an action item's block (its owner or an editor): nudges resume with a fresh window." })
  async unblockActionItem(@Arg("input", () => UnblockActionItemInput) input: UnblockActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).unblock(parseInput(unblockActionItemSchema, input).actionItemId) };
  }

  @Query(() => NudgeSettings, { description: "Your organisation's nudge rules (admin)." })
  nudgeSettings(@Ctx() ctx: GraphQLContext) {
    return service(ctx).settings();
  }

  @Mutation(() => NudgeSettings, { description: "Change your organisation's nudge rules (admin)." })
  updateNudgeSettings(@Arg("input", () => UpdateNudgeSettingsInput) input: UpdateNudgeSettingsInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).updateSettings(parseInput(updateNudgeSettingsSchema, input));
  }

  @Query(() => NotificationPreferences, { description: "Your own notification choices." })
  async notificationPreferences(@Ctx() ctx: GraphQLContext) {
    return preferencesView(ctx, await service(ctx).preferences());
  }

  @Mutation(() => NotificationPreferences, { description: "Change your own notification choices." })
  async updateNotificationPreferences(@Arg("input", () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(updateNotificationPreferencesSchema, input);
    for (const [field, kind] of [["slackWebhookUrl", "SLACK"], ["teamsWebhookUrl", "TEAMS"]] as const) {
      const url = parsed[field];
      const problem = url ? validateWebhookUrl(kind, url) : null;
      if (problem) throw badInput(`input.${field}`, problem);
    }
    return preferencesView(ctx, await service(ctx).updatePreferences(parsed));
  }

  @Subscription(() => Nudge, {
    name: "nudges",
    nullable: true,
    description: "Your nudges as they are created, read or answered (null after marking all read: re-query).",
    subscribe: ({ context }) => {
      const principal = requirePrincipal(context as GraphQLContext);
      return (context as GraphQLContext).pubsub.subscribe(nudgeTopic(principal.orgId, principal.userId));
    },
  })
  async nudgesSubscription(@Root() event: ChangeEvent, @Ctx() ctx: GraphQLContext): Promise<Nudge | null> {
    if (!event.id) return null;
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(Nudge, { id: event.id, recipient: requirePrincipal(ctx).userId });
  }
}

@Resolver(() => ActionItem)
export class ActionItemBlockResolver {
  @FieldResolver(() => ActionItemBlock, { nullable: true, description: "Why the owner marked it blocked; null when it is not blocked." })
  async blocked(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext): Promise<ActionItemBlock | null> {
    const state = await ctx.loaders.load(NudgeItemState, item.id);
    if (!state?.blockedAt || !state.blockedReason) return null;
    return Object.assign(new ActionItemBlock(), { reason: state.blockedReason, blockedAt: state.blockedAt });
  }
}
