import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { parseClockTime } from "../../platform/time/working-time";
import { globalIdOf, isoDate, trimmed } from "../../platform/validation";
import { ActionItem } from "../decisions/action-item.entity";
import { Nudge } from "./nudge.entity";

const clockTime = z.string().refine((s) => parseClockTime(s) !== null, "must be a time HH:MM (00:00–23:59)");

@InputType({ description: "Which of your nudges to list." })
export class NudgeFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only unread; false: only read." }) unread?: boolean;
}
export const nudgeFilterSchema = z.object({ unread: z.boolean().nullish() }).nullish();

@InputType({ description: "One of your nudges." })
export class NudgeIdInput {
  @Field(() => ID, { description: "The nudge." }) id!: string;
}
export const nudgeIdSchema = z.object({ id: globalIdOf("Nudge") });

@InputType({ description: "Snooze a nudge: 1 or 3 days, or until a date (08:00 that day, Europe/Stockholm)." })
export class SnoozeNudgeInput {
  @Field(() => ID, { description: "The nudge." }) id!: string;
  @Field(() => Int, { nullable: true, description: "1 or 3 days from now." }) days?: number;
  @Field(() => String, { nullable: true, description: "Or until this date, YYYY-MM-DD (within a year)." }) until?: string;
}
export const snoozeNudgeSchema = z
  .object({ id: globalIdOf("Nudge"), days: z.union([z.literal(1), z.literal(3)], { error: "must be 1 or 3" }).nullish(), until: isoDate.nullish() })
  .superRefine((v, ctx) => {
    if ((v.days == null) === (v.until == null)) ctx.addIssue({ code: "custom", path: ["days"], message: "give either days or until" });
  });

@InputType({ description: "Mark the nudged item blocked; the meeting's organiser sees the reason." })
export class BlockNudgeInput {
  @Field(() => ID, { description: "The nudge." }) id!: string;
  @Field(() => String, { description: "What blocks it, 1–500 characters." }) reason!: string;
}
export const blockNudgeSchema = z.object({ id: globalIdOf("Nudge"), reason: trimmed(1, 500) });

@InputType({ description: "Give the nudged item to someone else." })
export class ReassignNudgeInput {
  @Field(() => ID, { description: "The nudge." }) id!: string;
  @Field(() => ID, { description: "The new owner (a user of your organisation)." }) ownerId!: string;
}
export const reassignNudgeSchema = z.object({ id: globalIdOf("Nudge"), ownerId: globalIdOf("User") });

@InputType({ description: "Lift the block from an action item (its owner or an editor)." })
export class UnblockActionItemInput {
  @Field(() => ID, { description: "The action item." }) actionItemId!: string;
}
export const unblockActionItemSchema = z.object({ actionItemId: globalIdOf("ActionItem") });

@InputType({ description: "Change your organisation's nudge rules (admin). Omitted fields keep their value." })
export class UpdateNudgeSettingsInput {
  @Field(() => Int, { nullable: true, description: "Working hours without progress before a nudge, 8–400." }) stalledHours?: number;
  @Field(() => String, { nullable: true, description: "Quiet hours start, HH:MM." }) quietStart?: string;
  @Field(() => String, { nullable: true, description: "Quiet hours end, HH:MM (equal to start: no quiet hours)." }) quietEnd?: string;
  @Field(() => Boolean, { nullable: true, description: "Remind the working day before the due date." }) dueSoon?: boolean;
  @Field(() => Boolean, { nullable: true, description: "Remind when overdue." }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: "Escalate a second unanswered nudge to the organiser." }) escalate?: boolean;
}
export const updateNudgeSettingsSchema = z.object({
  stalledHours: z.number().int().min(8, "must be at least 8").max(400, "must be at most 400").nullish(),
  quietStart: clockTime.nullish(),
  quietEnd: clockTime.nullish(),
  dueSoon: z.boolean().nullish(),
  overdue: z.boolean().nullish(),
  escalate: z.boolean().nullish(),
});

@InputType({ description: "Your own notification choices. Omitted fields keep their value; null clears a webhook or quiet hours." })
export class UpdateNotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: "Nudges by e-mail." }) email?: boolean;
  @Field(() => String, { nullable: true, description: "A Slack incoming-webhook URL (stored, never shown again)." }) slackWebhookUrl?: string | null;
  @Field(() => String, { nullable: true, description: "A Microsoft Teams workflow webhook URL (stored, never shown again)." }) teamsWebhookUrl?: string | null;
  @Field(() => String, { nullable: true, description: "Your quiet hours start, HH:MM (null: the organisation's)." }) quietStart?: string | null;
  @Field(() => String, { nullable: true, description: "Your quiet hours end, HH:MM." }) quietEnd?: string | null;
}
const webhook = z.string().max(2000, "must be at most 2000 characters").url("must be a URL");
export const updateNotificationPreferencesSchema = z
  .object({
    email: z.boolean().nullish(),
    slackWebhookUrl: webhook.nullish(),
    teamsWebhookUrl: webhook.nullish(),
    quietStart: clockTime.nullish(),
    quietEnd: clockTime.nullish(),
  })
  .superRefine((v, ctx) => {
    if ((v.quietStart === undefined) !== (v.quietEnd === undefined) || (v.quietStart === null) !== (v.quietEnd === null)) {
      ctx.addIssue({ code: "custom", path: ["quietEnd"], message: "give quiet hours start and end together" });
    }
  });

@ObjectType({ description: "Your notification choices, with the organisation's quiet hours filled in where you have none." })
export class NotificationPreferences {
  @Field(() => Boolean, { description: "Nudges by e-mail." }) email!: boolean;
  @Field(() => Boolean, { description: "Whether the server can send e-mail at all (SMTP configured)." }) emailAvailable!: boolean;
  @Field(() => Boolean, { description: "A Slack webhook is set." }) slackConfigured!: boolean;
  @Field(() => Boolean, { description: "A Teams webhook is set." }) teamsConfigured!: boolean;
  @Field(() => String, { description: "Quiet hours start in effect, HH:MM." }) quietStart!: string;
  @Field(() => String, { description: "Quiet hours end in effect, HH:MM." }) quietEnd!: string;
  @Field(() => Boolean, { description: "Whether the quiet hours are your own (else the organisation's)." }) ownQuietHours!: boolean;
}

@ObjectType({ description: "Result of acting on a nudge." })
export class NudgePayload {
  @Field(() => Nudge, { nullable: true, description: "The nudge after the action." }) nudge!: Nudge | null;
  @Field(() => ActionItem, { nullable: true, description: "The nudged action item after the action (null if you may no longer see it)." }) actionItem!: ActionItem | null;
}

@ObjectType({ description: "Result of marking all your nudges read." })
export class MarkAllNudgesReadPayload {
  @Field(() => Int, { description: "How many were unread." }) marked!: number;
}

@ObjectType({ description: "An action item's block, visible to its owner and the organisation." })
export class ActionItemBlock {
  @Field(() => String, { description: "What blocks it, in the owner's words." }) reason!: string;
  @Field(() => GraphQLISODateTime, { description: "When it was marked blocked." }) blockedAt!: Date;
}

@ObjectType({ description: "Result of lifting a block." })
export class UnblockActionItemPayload {
  @Field(() => ActionItem, { nullable: true, description: "The action item." }) actionItem!: ActionItem | null;
}
