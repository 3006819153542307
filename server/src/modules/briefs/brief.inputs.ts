import { Field, ID, InputType, ObjectType } from "type-graphql";
import { z } from "zod";
import { globalIdOf } from "../../platform/validation";
import { Brief } from "./brief.entity";

@InputType({ description: "Generate the post-meeting brief from the meeting's stored decisions and action items." })
export class GeneratePostBriefInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
}
export const generatePostBriefSchema = z.object({ meetingId: globalIdOf("Meeting") });

@ObjectType({ description: "Result of generating a brief." })
export class BriefPayload {
  @Field(() => Brief, { nullable: true, description: "The new version, or the latest one when nothing changed." })
  brief!: Brief | null;
}
