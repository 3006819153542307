import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { Meeting } from "../meetings/meeting.entity";
import { Brief } from "./brief.entity";
import { BriefPayload, GeneratePostBriefInput, generatePostBriefSchema } from "./brief.inputs";
import { BriefService } from "./brief.service";

@Resolver(() => Meeting)
export class MeetingBriefsResolver {
  @FieldResolver(() => [Brief], { description: "The meeting's briefs, newest version first within each kind." })
  briefs(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext): Promise<Brief[]> {
    return ctx.em().find(Brief, { meeting: meeting.id }, { orderBy: { kind: "asc", version: "desc" } });
  }

  @Mutation(() => BriefPayload, { description: "Generate the post-meeting brief (Markdown, Swedish) from the stored items: a new version only when it changed." })
  async generatePostBrief(@Arg("input", () => GeneratePostBriefInput) input: GeneratePostBriefInput, @Ctx() ctx: GraphQLContext) {
    const { meetingId } = parseInput(generatePostBriefSchema, input);
    return { brief: await new BriefService(ctx.em(), requirePrincipal(ctx), ctx.logger).generatePost(meetingId) };
  }
}
