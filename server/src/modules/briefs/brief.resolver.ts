import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { Meeting } from "../meetings/meeting.entity";
import { Brief } from "./brief.entity";

@Resolver(() => Meeting)
export class MeetingBriefsResolver {
  @FieldResolver(() => [Brief], { description: "The meeting's briefs, newest version first within each kind." })
  briefs(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext): Promise<Brief[]> {
    return ctx.em().find(Brief, { meeting: meeting.id }, { orderBy: { kind: "asc", version: "desc" } });
  }
}
