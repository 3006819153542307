import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { fromGlobalId } from "../../platform/ids";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";

export enum ReviewVerdict {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
  RESET = "RESET",
}
registerEnumType(ReviewVerdict, {
  name: "ReviewVerdict",
  description: "ACCEPT: the suggestion is right, it becomes a fact; REJECT: it is wrong, it is hidden (and kept, so a rerun does not bring it back); RESET: undo a verdict, the item is a suggestion again (its labelled example is deleted).",
});

@InputType({ description: "A person's verdict on a suggested decision or action item." })
export class ReviewSuggestionInput {
  @Field(() => ID, { description: "The decision or action item (global id)." }) id!: string;
  @Field(() => ReviewVerdict, { description: "The verdict." }) verdict!: ReviewVerdict;
}
export const reviewSuggestionSchema = z.object({
  id: z
    .string()
    .max(200)
    .transform((value, ctx) => {
      const parsed = fromGlobalId(value);
      if (!parsed || (parsed.type !== "Decision" && parsed.type !== "ActionItem")) {
        ctx.addIssue({ code: "custom", message: "is not a valid Decision or ActionItem id" });
        return z.NEVER;
      }
      return { kind: parsed.type as "Decision" | "ActionItem", id: parsed.id };
    }),
  verdict: z.enum(ReviewVerdict),
});

@ObjectType({ description: "Result of reviewing a suggestion: the decision or the action item, as it is now." })
export class ReviewSuggestionPayload {
  @Field(() => Decision, { nullable: true, description: "The reviewed decision (null when an action item was reviewed)." }) decision!: Decision | null;
  @Field(() => ActionItem, { nullable: true, description: "The reviewed action item (null when a decision was reviewed)." }) actionItem!: ActionItem | null;
}

export const MIN_THRESHOLD = 0;
export const MAX_THRESHOLD = 1;

@ObjectType({ description: "How the organisation's meeting intelligence treats what the extractor is unsure of. Editors read, admins change." })
export class ReviewSettings {
  @Field(() => Float, { description: "Extracted items with a confidence below this (0–1) are suggestions until a person reviews them; default 0.6. 0 turns suggestions off." })
  suggestionThreshold!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When an admin last changed the settings; null while the defaults apply." })
  updatedAt!: Date | null;
}

@InputType({ description: "Change the organisation's meeting-intelligence settings; a field left out (or null) keeps its value." })
export class UpdateReviewSettingsInput {
  @Field(() => Float, { nullable: true, description: "Confidence threshold for suggestions, 0–1." })
  suggestionThreshold?: number | null;
}
export const updateReviewSettingsSchema = z.object({
  suggestionThreshold: z
    .number()
    .min(MIN_THRESHOLD, "must be at least 0")
    .max(MAX_THRESHOLD, "must be at most 1")
    .nullish()
    .transform((v) => v ?? undefined),
});

@ObjectType({ description: "Result of changing the meeting-intelligence settings." })
export class ReviewSettingsPayload {
  @Field(() => ReviewSettings, { nullable: true, description: "The settings as they are now." }) reviewSettings!: ReviewSettings | null;
}

export const MAX_PRECISION_WEEKS = 104;
export const reviewPrecisionWeeksSchema = z.number().int("must be a whole number of weeks").min(1, "must be at least 1").max(MAX_PRECISION_WEEKS, `must be at most ${MAX_PRECISION_WEEKS}`);

@ObjectType({ description: "One week (Monday–Sunday, Europe/Stockholm) of reviewers' verdicts on suggestions." })
export class ReviewPrecisionWeek {
  @Field(() => String, { description: "The week's Monday, YYYY-MM-DD." }) weekStart!: string;
  @Field(() => Int, { description: "Suggestions accepted as they were." }) accepted!: number;
  @Field(() => Int, { description: "Suggestions accepted with a correction." }) edited!: number;
  @Field(() => Int, { description: "Suggestions rejected." }) rejected!: number;
  @Field(() => Int, { description: "All reviewed: accepted + edited + rejected." }) reviewed!: number;
  @Field(() => Float, { nullable: true, description: "(accepted + edited) / reviewed; null in a week without verdicts." }) precision!: number | null;
}
