import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { User } from "../../platform/identity/user.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import {
  ReviewPrecisionWeek,
  ReviewSettings,
  ReviewSettingsPayload,
  ReviewSuggestionInput,
  ReviewSuggestionPayload,
  UpdateReviewSettingsInput,
  reviewPrecisionWeeksSchema,
  reviewSuggestionSchema,
  updateReviewSettingsSchema,
} from "./review.inputs";
import type { ReviewSettingsValues } from "./review-settings.store";
import { ReviewService } from "./review.service";

const service = (ctx: GraphQLContext) => new ReviewService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, ctx.clock);
const toSettings = (values: ReviewSettingsValues) => Object.assign(new ReviewSettings(), values);

@Resolver()
export class ReviewResolver {
  @Mutation(() => ReviewSuggestionPayload, {
    description: "Accept or reject a suggested decision or action item (RESET undoes a verdict). Correcting a suggestion through updateDecision / updateActionItem / assignActionItem accepts it as EDITED. Every verdict is stored as a labelled example of the organisation.",
  })
  async reviewSuggestion(@Arg("input", () => ReviewSuggestionInput) input: ReviewSuggestionInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).review(parseInput(reviewSuggestionSchema, input));
  }

  @Query(() => [ReviewPrecisionWeek], { description: "Per week, oldest first: how the organisation's reviewers judged suggestions, and the precision of suggestions ((accepted + edited) / reviewed)." })
  async reviewPrecision(@Arg("weeks", () => Int, { description: "How many weeks back, including this one; 1–104." }) weeks: number, @Ctx() ctx: GraphQLContext) {
    return service(ctx).precision(parseInput(reviewPrecisionWeeksSchema, weeks, "weeks"));
  }

  @Query(() => ReviewSettings, { description: "The organisation's meeting-intelligence settings (the defaults until an admin changes them)." })
  async reviewSettings(@Ctx() ctx: GraphQLContext): Promise<ReviewSettings> {
    return toSettings(await service(ctx).settings());
  }

  @Mutation(() => ReviewSettingsPayload, { description: "Change the organisation's meeting-intelligence settings (applies to the next extraction). Admins only." })
  async updateReviewSettings(@Arg("input", () => UpdateReviewSettingsInput) input: UpdateReviewSettingsInput, @Ctx() ctx: GraphQLContext) {
    return { reviewSettings: toSettings(await service(ctx).updateSettings(parseInput(updateReviewSettingsSchema, input))) };
  }
}

@Resolver(() => Decision)
export class DecisionReviewResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who accepted, corrected or rejected the suggestion." })
  reviewedBy(@Root() decision: Decision, @Ctx() ctx: GraphQLContext) {
    return decision.reviewedBy ? ctx.loaders.load(User, decision.reviewedBy.id) : null;
  }
}

@Resolver(() => ActionItem)
export class ActionItemReviewResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who accepted, corrected or rejected the suggestion." })
  reviewedBy(@Root() item: ActionItem, @Ctx() ctx: GraphQLContext) {
    return item.reviewedBy ? ctx.loaders.load(User, item.reviewedBy.id) : null;
  }
}
