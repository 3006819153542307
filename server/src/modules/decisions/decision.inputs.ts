import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { globalIdOf, isoDate, trimmed, validDate } from "../../platform/validation";
import { OrderDirection } from "../meetings/meeting.inputs";
import { ActionItem, ActionItemStatus } from "./action-item.entity";
import { Decision } from "./decision.entity";

export enum ActionItemOrderField {
  DUE_DATE = "DUE_DATE",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ActionItemOrderField, { name: "ActionItemOrderField", description: "What to sort action items by." });

@InputType({ description: "Which action items to list." })
export class ActionItemFilter {
  @Field(() => [ActionItemStatus], { nullable: true, description: "Only these statuses." }) status?: ActionItemStatus[];
  @Field(() => Boolean, { nullable: true, description: "true: only open items past their due date; false: only those not overdue." }) overdue?: boolean;
  @Field(() => ID, { nullable: true, description: "Only items owned by this user." }) ownerId?: string;
  @Field(() => ID, { nullable: true, description: "Only items from this meeting." }) meetingId?: string;
}
export const actionItemFilterSchema = z
  .object({
    status: z.array(z.enum(ActionItemStatus)).max(3).nullish(),
    overdue: z.boolean().nullish(),
    ownerId: globalIdOf("User").nullish(),
    meetingId: globalIdOf("Meeting").nullish(),
  })
  .nullish();

@InputType({ description: "How to order action items." })
export class ActionItemOrder {
  @Field(() => ActionItemOrderField, { description: "Sort key." }) field!: ActionItemOrderField;
  @Field(() => OrderDirection, { description: "Direction." }) direction!: OrderDirection;
}

@InputType({ description: "A new decision in a meeting." })
export class CreateDecisionInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "The decision, 1–2000 characters." }) text!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was decided." }) decidedAt?: Date;
}
export const createDecisionSchema = z.object({ meetingId: globalIdOf("Meeting"), text: trimmed(1, 2000), decidedAt: validDate.nullish() });

@InputType({ description: "Change a decision's text." })
export class UpdateDecisionInput {
  @Field(() => ID, { description: "The decision." }) id!: string;
  @Field(() => String, { description: "The new text." }) text!: string;
}
export const updateDecisionSchema = z.object({ id: globalIdOf("Decision"), text: trimmed(1, 2000) });

@InputType({ description: "A new action item in a meeting." })
export class CreateActionItemInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "What is to be done, 1–500 characters." }) title!: string;
  @Field(() => ID, { nullable: true, description: "The user who owns it." }) ownerId?: string;
  @Field(() => String, { nullable: true, description: "Due date, YYYY-MM-DD." }) dueDate?: string;
}
export const createActionItemSchema = z.object({
  meetingId: globalIdOf("Meeting"),
  title: trimmed(1, 500),
  ownerId: globalIdOf("User").nullish(),
  dueDate: isoDate.nullish(),
});

@InputType({ description: "Change an action item's title or due date." })
export class UpdateActionItemInput {
  @Field(() => ID, { description: "The action item." }) id!: string;
  @Field(() => String, { nullable: true, description: "New title." }) title?: string;
  @Field(() => String, { nullable: true, description: "New due date, YYYY-MM-DD; null clears it." }) dueDate?: string;
}
export const updateActionItemSchema = z.object({ id: globalIdOf("ActionItem"), title: trimmed(1, 500).optional(), dueDate: isoDate.nullish() });

@InputType({ description: "Give an action item to a user, or to nobody." })
export class AssignActionItemInput {
  @Field(() => ID, { description: "The action item." }) id!: string;
  @Field(() => ID, { nullable: true, description: "The new owner; null leaves it unowned." }) ownerId?: string;
}
export const assignActionItemSchema = z.object({ id: globalIdOf("ActionItem"), ownerId: globalIdOf("User").nullish() });

@InputType({ description: "Mark an action item done." })
export class CompleteActionItemInput {
  @Field(() => ID, { description: "The action item." }) id!: string;
}

@InputType({ description: "Open a done or cancelled action item again." })
export class ReopenActionItemInput {
  @Field(() => ID, { description: "The action item." }) id!: string;
}
@InputType({ description: "Strike an action item: it is no longer to be done (it can be reopened)." })
export class CancelActionItemInput {
  @Field(() => ID, { description: "The action item." }) id!: string;
}
export const actionItemIdSchema = z.object({ id: globalIdOf("ActionItem") });

@ObjectType({ description: "Result of changing a decision." })
export class DecisionPayload {
  @Field(() => Decision, { nullable: true, description: "The decision." }) decision!: Decision | null;
}

@ObjectType({ description: "Result of changing an action item." })
export class ActionItemPayload {
  @Field(() => ActionItem, { nullable: true, description: "The action item." }) actionItem!: ActionItem | null;
}
