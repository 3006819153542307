import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { globalIdOf } from "../../platform/validation";
import { Brief } from "./brief.entity";
import { MAX_PRE_BRIEF_LEAD_HOURS, MIN_PRE_BRIEF_LEAD_HOURS } from "./brief-settings.store";

@InputType({ description: "Generate the post-meeting brief from the meeting's stored decisions and action items." })
export class GeneratePostBriefInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
}
export const generatePostBriefSchema = z.object({ meetingId: globalIdOf("Meeting") });

@InputType({ description: "Generate the pre-meeting brief now: participants, their open action items, earlier decisions on the same matter." })
export class GeneratePreBriefInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
}
export const generatePreBriefSchema = z.object({ meetingId: globalIdOf("Meeting") });

@ObjectType({ description: "Result of generating a brief." })
export class BriefPayload {
  @Field(() => Brief, { nullable: true, description: "The new version, or the latest one when nothing changed." })
  brief!: Brief | null;
}

@ObjectType({ description: "How the organisation's pre-meeting briefs are made. Admins only." })
export class BriefSettings {
  @Field(() => Int, { description: `How many hours before a meeting starts its pre-brief is written, ${MIN_PRE_BRIEF_LEAD_HOURS}–${MAX_PRE_BRIEF_LEAD_HOURS}; default 24.` })
  preBriefLeadHours!: number;

  @Field(() => Boolean, { description: "Whether participants with an active account get an e-mail when the pre-brief is ready; default false." })
  preBriefEmail!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When an admin last changed the settings; null while the defaults apply." })
  updatedAt!: Date | null;
}

@InputType({ description: "Change the organisation's brief settings; a field left out (or null) keeps its value." })
export class UpdateBriefSettingsInput {
  @Field(() => Int, { nullable: true, description: `Hours before the start, ${MIN_PRE_BRIEF_LEAD_HOURS}–${MAX_PRE_BRIEF_LEAD_HOURS}.` })
  preBriefLeadHours?: number | null;

  @Field(() => Boolean, { nullable: true, description: "E-mail participants when the pre-brief is ready." })
  preBriefEmail?: boolean | null;
}
export const updateBriefSettingsSchema = z.object({
  preBriefLeadHours: z
    .number()
    .int("must be a whole number of hours")
    .min(MIN_PRE_BRIEF_LEAD_HOURS, `must be at least ${MIN_PRE_BRIEF_LEAD_HOURS} hour`)
    .max(MAX_PRE_BRIEF_LEAD_HOURS, `must be at most ${MAX_PRE_BRIEF_LEAD_HOURS} hours (a week)`)
    .nullish()
    .transform((v) => v ?? undefined),
  preBriefEmail: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
});

@ObjectType({ description: "Result of changing the brief settings." })
export class BriefSettingsPayload {
  @Field(() => BriefSettings, { nullable: true, description: "The settings as they are now." })
  briefSettings!: BriefSettings | null;
}
