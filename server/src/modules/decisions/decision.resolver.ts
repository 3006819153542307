import { Info, Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { type ChangeEvent } from "../../platform/pubsub";
import { todayInStockholm } from "../../platform/validation";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { canEdit } from "../../platform/authz";
import { ActionItem } from "./action-item.entity";
import { Decision } from "./decision.entity";
import { Evidence, evidenceOf } from "./evidence";
import { ActionItemService, isOverdue } from "./action-item.service";
import {
  ActionItemFilter,
  ActionItemOrder,
  ActionItemPayload,
  AssignActionItemInput,
  CompleteActionItemInput,
  CreateActionItemInput,
  CreateDecisionInput,
  DecisionPayload,
  ReopenActionItemInput,
  CancelActionItemInput,
  UpdateActionItemInput,
  UpdateDecisionInput,
  actionItemFilterSchema,
  actionItemIdSchema,
  assignActionItemSchema,
  createActionItemSchema,
  createDecisionSchema,
  updateActionItemSchema,
  updateDecisionSchema,
} from "./decision.inputs";
import { actionItemChanged } from "./action-item.topics";
import type { GraphQLResolveInfo } from "graphql";
import { preloadedRef, readShape } from "../../platform/read-path";

export const ActionItemConnection = Connection(ActionItem, "ActionItem");
export const DecisionConnection = Connection(Decision, "Decision");

const service = (ctx: GraphQLContext) => new ActionItemService(ctx.em(), requirePrincipal(ctx), ctx.pubsub);

const pageArgs = {
  first: () => Arg("first", () => Int, { description: "Page size, 1–100." }),
  after: () => Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }),
};

@Resolver(() => Meeting)
export class MeetingItemsResolver {
  @FieldResolver(() => DecisionConnection, { description: "Decisions taken in the meeting, in the order they were made." })
  async decisions(@Root() meeting: Meeting, @pageArgs.first() first: number, @pageArgs.after() after: string | null, @Ctx() ctx: GraphQLContext) {
    const page = parsePage({ first, after });
    const { items, total } = await service(ctx).forMeeting(Decision, meeting.id, page);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => ActionItemConnection, { description: "Action items from the meeting." })
  async actionItems(@Root() meeting: Meeting, @pageArgs.first() first: number, @pageArgs.after() after: string | null, @Ctx() ctx: GraphQLContext) {
    const page = parsePage({ first, after });
    const { items, total } = await service(ctx).forMeeting(ActionItem, meeting.id, page);
    return toConnection(items, total, page);
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting it was taken in." })
  meeting(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(Meeting, decision.meeting.id);
  }

  @FieldResolver(() => Evidence, { nullable: true, description: "The words it came from; null for manual decisions." })
  evidence(@Root() decision: Decision): Evidence | null {
    return evidenceOf(decision);
  }

  @Mutation(() => DecisionPayload, { description: "Record a decision by hand." })
  async createDecision(@Arg("input", () => CreateDecisionInput) input: CreateDecisionInput, @Ctx() ctx: GraphQLContext) {
    return { decision: await service(ctx).createDecision(parseInput(createDecisionSchema, input)) };
  }

  @Mutation(() => DecisionPayload, { description: "Correct a decision's text (machine-made decisions are then kept on re-extraction)." })
  async updateDecision(@Arg("input", () => UpdateDecisionInput) input: UpdateDecisionInput, @Ctx() ctx: GraphQLContext) {
    return { decision: await service(ctx).updateDecision(parseInput(updateDecisionSchema, input)) };
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Query(() => ActionItemConnection, { description: "The organisation's action items, a page at a time." })
  async actionItems(
    @pageArgs.first() first: number,
    @pageArgs.after() after: string | null,
    @Arg("filter", () => ActionItemFilter, { nullable: true, description: "Which action items." }) filter: ActionItemFilter | null,
    @Arg("orderBy", () => ActionItemOrder, { nullable: true, description: "Order; default due date ascending, undated last." }) orderBy: ActionItemOrder | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = parsePage({ first, after });
    const where = parseInput(actionItemFilterSchema, filter, "filter");
    const { items, total } = await service(ctx).list(where, orderBy, page, readShape(info, ctx.loaders, { owner: User, meeting: Meeting }));
    return toConnection(items, total, page);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user who owns it." })
  owner(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    // Read with the list when it came from one (only the columns selected), else batched by id.
    const known = preloadedRef<User>(item, "owner");
    if (known !== undefined) return known;
    return item.owner ? ctx.loaders.load(User, item.owner.id) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting it came from." })
  meeting(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return preloadedRef<Meeting>(item, "meeting") ?? ctx.loaders.load(Meeting, item.meeting.id);
  }

  @FieldResolver(() => Boolean, { description: "Open and past its due date (Europe/Stockholm)." })
  isOverdue(@Root() item: ActionItem): boolean {
    return isOverdue(item, todayInStockholm());
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change it." })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canEdit(ctx);
  }

  @FieldResolver(() => Evidence, { nullable: true, description: "The words it came from; null for manual items." })
  evidence(@Root() item: ActionItem): Evidence | null {
    return evidenceOf(item);
  }

  @Mutation(() => ActionItemPayload, { description: "Create an action item by hand." })
  async createActionItem(@Arg("input", () => CreateActionItemInput) input: CreateActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).create(parseInput(createActionItemSchema, input)) };
  }

  @Mutation(() => ActionItemPayload, { description: "Change an action item's title or due date." })
  async updateActionItem(@Arg("input", () => UpdateActionItemInput) input: UpdateActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).update(parseInput(updateActionItemSchema, input)) };
  }

  @Mutation(() => ActionItemPayload, { description: "Give an action item to a user, or to nobody." })
  async assignActionItem(@Arg("input", () => AssignActionItemInput) input: AssignActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).assign(parseInput(assignActionItemSchema, input)) };
  }

  @Mutation(() => ActionItemPayload, { description: "Mark an action item done." })
  async completeActionItem(@Arg("input", () => CompleteActionItemInput) input: CompleteActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).complete(parseInput(actionItemIdSchema, input).id) };
  }

  @Mutation(() => ActionItemPayload, { description: "Strike an action item that is no longer to be done (reopenActionItem undoes it)." })
  async cancelActionItem(@Arg("input", () => CancelActionItemInput) input: CancelActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).cancel(parseInput(actionItemIdSchema, input).id) };
  }

  @Mutation(() => ActionItemPayload, { description: "Open a done or cancelled action item again." })
  async reopenActionItem(@Arg("input", () => ReopenActionItemInput) input: ReopenActionItemInput, @Ctx() ctx: GraphQLContext) {
    return { actionItem: await service(ctx).reopen(parseInput(actionItemIdSchema, input).id) };
  }

  @Subscription(() => ActionItem, {
    nullable: true,
    description: "An action item of your organisation was created or changed.",
    subscribe: ({ context }) => {
      const principal = requirePrincipal(context as GraphQLContext);
      return (context as GraphQLContext).pubsub.subscribe(actionItemChanged(principal.orgId));
    },
  })
  async actionItemChanged(@Root() event: ChangeEvent, @Ctx() ctx: GraphQLContext): Promise<ActionItem | null> {
    // Fresh state per event: a long-lived subscription must not serve a stale identity map.
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(ActionItem, { id: event.id });
  }
}
