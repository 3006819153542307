import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { canEdit } from "../../platform/authz";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { toGlobalId } from "../../platform/ids";
import { User } from "../../platform/identity/user.entity";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import type { ChangeEvent } from "../../platform/pubsub";
import { readShape } from "../../platform/read-path";
import { ActionItem } from "../decisions/action-item.entity";
import { Meeting } from "../meetings/meeting.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { RegwatchAlert, RegwatchTopicMatch } from "./regwatch-alert.entity";
import { RegwatchItem, RegwatchSource, RegwatchVersion } from "./regwatch-source.entity";
import {
  AssignRegwatchAlertInput,
  DismissRegwatchAlertInput,
  RegwatchAlertFilter,
  RegwatchAlertIdInput,
  RegwatchAlertPayload,
  RegwatchAlertSubscriptionFilter,
  assignRegwatchAlertSchema,
  dismissRegwatchAlertSchema,
  regwatchAlertFilterSchema,
  regwatchAlertIdSchema,
  regwatchAlertSubscriptionFilterSchema,
} from "./regwatch.inputs";
import { regwatchService } from "./regwatch.resolver";
import { alertEvents } from "./regwatch-live";

export const RegwatchAlertConnection = Connection(RegwatchAlert, "RegwatchAlert");

const present = <T>(rows: (T | null)[]): T[] => rows.filter((r): r is T => r !== null);

@Resolver(() => RegwatchAlert)
export class RegwatchAlertResolver {
  @Query(() => RegwatchAlertConnection, { description: "Your organisation's regwatch alerts, newest first." })
  async regwatchAlerts(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("filter", () => RegwatchAlertFilter, { nullable: true, description: "Which alerts." }) filter: RegwatchAlertFilter | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = parsePage({ first, after });
    const where = parseInput(regwatchAlertFilterSchema, filter, "filter");
    const { items, total } = await regwatchService(ctx).alerts(where, page, readShape(info));
    return toConnection(items, total, page);
  }

  @FieldResolver(() => RegwatchSource, { nullable: true, description: "Where it came from." })
  source(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(RegwatchSource, alert.source.id);
  }

  @FieldResolver(() => RegwatchItem, { nullable: true, description: "The document." })
  item(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(RegwatchItem, alert.item.id);
  }

  @FieldResolver(() => RegwatchVersion, { nullable: true, description: "The version that made the alert, with its sections and diff." })
  version(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(RegwatchVersion, alert.version.id);
  }

  @FieldResolver(() => [RegwatchTopicMatch], { description: "The watch topics it matched, as they were named then." })
  matchedTopics(@Root() alert: RegwatchAlert): RegwatchTopicMatch[] {
    return alert.matchedTopics.map((t) => ({ id: toGlobalId("RegwatchTopic", t.id), name: t.name }));
  }

  @FieldResolver(() => [Meeting], { description: "Upcoming meetings (next 60 days) whose title or agenda it matched, earliest first." })
  async matchedMeetings(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext): Promise<Meeting[]> {
    return present(await Promise.all(alert.matchedMeetingIds.map((id) => ctx.loaders.load(Meeting, id))));
  }

  @FieldResolver(() => [Stakeholder], { description: "Stakeholders whose organisation the text names (their fields follow the Stakeholder rules)." })
  async matchedStakeholders(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext): Promise<Stakeholder[]> {
    return present(await Promise.all(alert.matchedStakeholderIds.map((id) => ctx.loaders.load(Stakeholder, id))));
  }

  @FieldResolver(() => Int, { description: "How many stakeholders matched." })
  matchedStakeholderCount(@Root() alert: RegwatchAlert): number {
    return alert.matchedStakeholderIds.length;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who follows it up (ASSIGNED)." })
  assignedTo(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext) {
    return alert.assignedTo ? ctx.loaders.load(User, alert.assignedTo.id) : null;
  }

  @FieldResolver(() => ActionItem, { nullable: true, description: "The follow-up action item, when one was made." })
  actionItem(@Root() alert: RegwatchAlert, @Ctx() ctx: GraphQLContext) {
    return alert.actionItem ? ctx.loaders.load(ActionItem, alert.actionItem.id) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether you may acknowledge, dismiss or assign it (editors and admins)." })
  viewerCanTriage(@Ctx() ctx: GraphQLContext): boolean {
    return canEdit(ctx);
  }

  @Mutation(() => RegwatchAlertPayload, { description: "Mark an alert seen (editors)." })
  async acknowledgeRegwatchAlert(@Arg("input", () => RegwatchAlertIdInput) input: RegwatchAlertIdInput, @Ctx() ctx: GraphQLContext) {
    return { alert: await regwatchService(ctx).acknowledge(parseInput(regwatchAlertIdSchema, input).id) };
  }

  @Mutation(() => RegwatchAlertPayload, { description: "Dismiss an alert as not relevant, with a reason (editors)." })
  async dismissRegwatchAlert(@Arg("input", () => DismissRegwatchAlertInput) input: DismissRegwatchAlertInput, @Ctx() ctx: GraphQLContext) {
    const { id, reason } = parseInput(dismissRegwatchAlertSchema, input);
    return { alert: await regwatchService(ctx).dismiss(id, reason) };
  }

  @Mutation(() => RegwatchAlertPayload, { description: "Give an alert to a person to follow up (editors); with `createActionItem` they also own an action item about it in a meeting." })
  async assignRegwatchAlert(@Arg("input", () => AssignRegwatchAlertInput) input: AssignRegwatchAlertInput, @Ctx() ctx: GraphQLContext) {
    return { alert: await regwatchService(ctx).assign(parseInput(assignRegwatchAlertSchema, input)) };
  }

  @Subscription(() => RegwatchAlert, {
    name: "regwatchAlerts",
    nullable: true,
    description: "Your organisation's alerts as they are created (and when someone triages one), optionally only some severities or one topic.",
    subscribe: ({ context, args }) => {
      const ctx = context as GraphQLContext;
      const principal = requirePrincipal(ctx);
      const filter = parseInput(regwatchAlertSubscriptionFilterSchema, (args as { filter?: unknown }).filter ?? null, "filter");
      return alertEvents(ctx, principal.orgId, filter);
    },
  })
  async regwatchAlertsSubscription(
    @Root() event: ChangeEvent,
    @Arg("filter", () => RegwatchAlertSubscriptionFilter, { nullable: true, description: "Which alerts." }) _filter: RegwatchAlertSubscriptionFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RegwatchAlert | null> {
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(RegwatchAlert, { id: event.id });
  }
}

@Resolver(() => RegwatchItem)
export class RegwatchItemResolver {
  @FieldResolver(() => RegwatchSource, { nullable: true, description: "The source that lists it." })
  source(@Root() item: RegwatchItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(RegwatchSource, item.source.id);
  }

  @FieldResolver(() => [RegwatchVersion], { description: "Its versions, newest first." })
  versions(@Root() item: RegwatchItem, @Arg("first", () => Int, { defaultValue: 20, description: "How many, 1–100 (default 20)." }) first: number, @Ctx() ctx: GraphQLContext) {
    const limit = Math.max(1, Math.min(100, Math.trunc(first) || 20));
    return ctx.em().find(RegwatchVersion, { item: item.id }, { orderBy: { seq: "desc" }, limit });
  }
}

@Resolver(() => RegwatchVersion)
export class RegwatchVersionResolver {
  @FieldResolver(() => RegwatchItem, { nullable: true, description: "The document it is a version of." })
  item(@Root() version: RegwatchVersion, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(RegwatchItem, version.item.id);
  }
}
