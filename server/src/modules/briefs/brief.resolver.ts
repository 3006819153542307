import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import type { ChangeEvent } from "../../platform/pubsub";
import { Meeting } from "../meetings/meeting.entity";
import { BRIEF_ORDER, Brief } from "./brief.entity";
import { preloaded } from "../../platform/read-path";
import {
  BriefPayload,
  BriefSettings,
  BriefSettingsPayload,
  GeneratePostBriefInput,
  GeneratePreBriefInput,
  UpdateBriefSettingsInput,
  generatePostBriefSchema,
  generatePreBriefSchema,
  updateBriefSettingsSchema,
} from "./brief.inputs";
import type { BriefSettingsValues } from "./brief-settings.store";
import { BriefService } from "./brief.service";
import { briefGenerated } from "./brief.topics";

const service = (ctx: GraphQLContext) => new BriefService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, ctx.logger);
const toSettings = (values: BriefSettingsValues) => Object.assign(new BriefSettings(), values);

@Resolver(() => Meeting)
export class MeetingBriefsResolver {
  @FieldResolver(() => [Brief], { description: "The meeting's briefs, newest version first within each kind." })
  briefs(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext): Brief[] | Promise<Brief[]> {
    // Read with the list when the meeting came from one (the dashboard's upcoming meetings, see the
    // manifest's listExtensions); else one statement for every meeting resolved in the same tick.
    return preloaded<Brief>(meeting, "briefs") ?? ctx.loaders.loadByReference(Brief, "meeting", meeting.id, BRIEF_ORDER);
  }

  @Mutation(() => BriefPayload, {
    description:
      "Generate the post-meeting brief (Markdown, Swedish) from the stored items: a new version only when it changed. Only for a meeting that has started: before its start the answer is CONFLICT with reason MEETING_NOT_STARTED.",
  })
  async generatePostBrief(@Arg("input", () => GeneratePostBriefInput) input: GeneratePostBriefInput, @Ctx() ctx: GraphQLContext) {
    const { meetingId } = parseInput(generatePostBriefSchema, input);
    return { brief: await service(ctx).generatePost(meetingId, ctx.clock.now()) };
  }

  @Mutation(() => BriefPayload, {
    description:
      "Generate the pre-meeting brief (Markdown, Swedish) now, showing only what every member of the organisation may see: a new version only when it changed. Briefs are also written automatically before meetings (see briefSettings).",
  })
  async generatePreBrief(@Arg("input", () => GeneratePreBriefInput) input: GeneratePreBriefInput, @Ctx() ctx: GraphQLContext) {
    const { meetingId } = parseInput(generatePreBriefSchema, input);
    return { brief: await service(ctx).generatePre(meetingId) };
  }
}

@Resolver(() => Brief)
export class BriefResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the brief is for." })
  meeting(@Root() brief: Brief, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(Meeting, brief.meeting.id);
  }

  @Query(() => BriefSettings, { description: "How the organisation's pre-meeting briefs are made (the defaults until an admin changes them). Admins only." })
  async briefSettings(@Ctx() ctx: GraphQLContext): Promise<BriefSettings> {
    return toSettings(await service(ctx).settings());
  }

  @Mutation(() => BriefSettingsPayload, { description: "Change how the organisation's pre-meeting briefs are made. Admins only." })
  async updateBriefSettings(@Arg("input", () => UpdateBriefSettingsInput) input: UpdateBriefSettingsInput, @Ctx() ctx: GraphQLContext) {
    const patch = parseInput(updateBriefSettingsSchema, input);
    return { briefSettings: toSettings(await service(ctx).updateSettings(patch)) };
  }

  @Subscription(() => Brief, {
    nullable: true,
    description: "A new brief version (PRE or POST) of your organisation, e.g. a pre-meeting brief written before a meeting.",
    subscribe: ({ context }) => {
      const principal = requirePrincipal(context as GraphQLContext);
      return (context as GraphQLContext).pubsub.subscribe(briefGenerated(principal.orgId));
    },
  })
  async briefGenerated(@Root() event: ChangeEvent, @Ctx() ctx: GraphQLContext): Promise<Brief | null> {
    // Fresh state per event: a long-lived subscription must not serve a stale identity map.
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(Brief, { id: event.id });
  }
}
