import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { notFound, parseInput } from "../../platform/errors";
import { idOf } from "../../platform/ids";
import { type ChangeEvent } from "../../platform/pubsub";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { ExtractionRun } from "./extraction-run.entity";
import { Transcript } from "./transcript.entity";
import { TranscriptService } from "./transcript.service";
import {
  AttachTranscriptInput,
  AttachTranscriptPayload,
  ExtractionRunPayload,
  RerunExtractionInput,
  SetTranscriptSpeakerMapInput,
  setTranscriptSpeakerMapSchema,
  TranscriptSpeaker,
  TranscriptSpeakersInput,
  TranscriptSegmentsArgs,
  attachTranscriptSchema,
  transcriptSegmentsSchema,
  transcriptSpeakersSchema,
  rerunExtractionSchema,
} from "./transcript.inputs";
import { extractionRunChanged } from "./extraction-run.topics";
import { TranscriptSegmentConnection, segmentPage } from "./transcript-segments";

const service = (ctx: GraphQLContext) => new TranscriptService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, { jobs: ctx.jobs, transcriptMaxBytes: ctx.config.ai.transcriptMaxBytes }, ctx.logger);

@Resolver(() => Meeting)
export class MeetingTranscriptResolver {
  @FieldResolver(() => Transcript, { nullable: true, description: "The meeting's transcript, if one was attached (and consent still holds)." })
  transcript(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return service(ctx).transcriptOf(meeting.id);
  }

  @FieldResolver(() => [ExtractionRun], { description: "The meeting's 20 most recent extraction runs, newest first." })
  extractionRuns(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return service(ctx).runsOf(meeting.id);
  }
}

@Resolver(() => Transcript)
export class TranscriptResolver {
  @FieldResolver(() => String, { nullable: true, description: "The transcript's text. Editors and admins only." })
  text(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext) {
    return service(ctx).textOf(transcript.id);
  }

  @FieldResolver(() => TranscriptSegmentConnection, {
    nullable: true,
    description: "The transcript's cues in order, a page at a time, with mapped speaker labels shown as the participants' names. Editors and admins only, like the text.",
  })
  segments(@Root() transcript: Transcript, @Args(() => TranscriptSegmentsArgs) args: TranscriptSegmentsArgs, @Ctx() ctx: GraphQLContext) {
    return segmentPage(ctx.em(), transcript.id, parseInput(transcriptSegmentsSchema, args, "args"));
  }

  @FieldResolver(() => User, { nullable: true, description: "Who attached it." })
  uploadedBy(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext) {
    return transcript.uploadedBy ? ctx.loaders.load(User, transcript.uploadedBy.id) : null;
  }

  @FieldResolver(() => [TranscriptSpeaker], {
    description: "The stored transcript's speaker labels (as in the file) with the participant each stands for now; null participant: map it with setTranscriptSpeakerMap. Editors only.",
  })
  speakers(@Root() transcript: Transcript, @Ctx() ctx: GraphQLContext) {
    return service(ctx).storedSpeakers(transcript.id);
  }

  @Mutation(() => ExtractionRunPayload, {
    description:
      "Map speakers of the meeting's stored transcript to participants and extract again (the consent gate sees the mapped names; refused with CONSENT_REQUIRED, nothing changed, while a speaker is unmatched or a participant has not consented).",
  })
  async setTranscriptSpeakerMap(@Arg("input", () => SetTranscriptSpeakerMapInput) input: SetTranscriptSpeakerMapInput, @Ctx() ctx: GraphQLContext) {
    const { meetingId, speakerMap } = parseInput(setTranscriptSpeakerMapSchema, input);
    return { run: await service(ctx).remapSpeakers(meetingId, speakerMap) };
  }

  @Query(() => [TranscriptSpeaker], {
    description:
      "The speakers of a transcript file before it is attached (editors), each with the participant it matches; map the others with attachTranscript's speakerMap. Nothing is stored.",
  })
  transcriptSpeakers(@Arg("input", () => TranscriptSpeakersInput) input: TranscriptSpeakersInput, @Ctx() ctx: GraphQLContext) {
    return service(ctx).speakers(parseInput(transcriptSpeakersSchema(ctx.config.ai.transcriptMaxBytes), input));
  }

  @Mutation(() => AttachTranscriptPayload, {
    description:
      "Attach a transcript and start extraction outside the request. Refused with CONSENT_REQUIRED (nothing stored) unless every participant has GRANTED consent and every speaker in the transcript is one of them; an unusable file answers BAD_USER_INPUT at input.content.",
  })
  async attachTranscript(@Arg("input", () => AttachTranscriptInput) input: AttachTranscriptInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(attachTranscriptSchema(ctx.config.ai.transcriptMaxBytes), input);
    return service(ctx).attach(parsed);
  }
}

@Resolver(() => ExtractionRun)
export class ExtractionRunResolver {
  @Query(() => ExtractionRun, { nullable: true, description: "An extraction run by id (poll it for status); null when it does not exist or is not yours." })
  extractionRun(@Arg("id", () => ID, { description: "The run's global id." }) id: string, @Ctx() ctx: GraphQLContext) {
    const uuid = idOf("ExtractionRun", id);
    return uuid ? ctx.em().findOne(ExtractionRun, { id: uuid }) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting." })
  meeting(@Root() run: ExtractionRun, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(Meeting, run.meeting.id);
  }

  @Mutation(() => ExtractionRunPayload, { description: "Extract again from the meeting's transcript, replacing machine-made items and keeping edited ones." })
  async rerunExtraction(@Arg("input", () => RerunExtractionInput) input: RerunExtractionInput, @Ctx() ctx: GraphQLContext) {
    const { meetingId } = parseInput(rerunExtractionSchema, input);
    return { run: await service(ctx).rerun(meetingId) };
  }

  @Subscription(() => ExtractionRun, {
    nullable: true,
    description: "Progress of the meeting's extraction runs: an event whenever a run is created or changes status or progress.",
    // Shield does not guard `subscribe`: check the caller and that the meeting is theirs here.
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const principal = requirePrincipal(ctx);
      const { meetingId } = parseInput(rerunExtractionSchema, args, "args");
      if (!(await ctx.em().count(Meeting, { id: meetingId }))) throw notFound("Meeting");
      return ctx.pubsub.subscribe(extractionRunChanged(principal.orgId, meetingId));
    },
  })
  async extractionRunChanged(
    @Arg("meetingId", () => ID, { description: "The meeting." }) _meetingId: string,
    @Root() event: ChangeEvent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExtractionRun | null> {
    // Fresh state per event: a long-lived subscription must not serve a stale identity map.
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(ExtractionRun, { id: event.id });
  }
}


