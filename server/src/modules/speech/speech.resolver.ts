import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { idOf } from "../../platform/ids";
import { Meeting } from "../meetings/meeting.entity";
import { ExtractionRun } from "../transcripts/extraction-run.entity";
import { TranscriptSpeaker } from "../transcripts/transcript.inputs";
import { SpeechTranscription } from "./speech-transcription.entity";
import {
  CompleteSpeechTranscriptionInput,
  SpeechToTextSettings,
  SpeechTranscriptionPayload,
  TranscribeAudioInput,
  completeSpeechTranscriptionSchema,
  transcribeAudioSchema,
} from "./speech.inputs";
import { sttNotConfigured } from "./speech.errors";
import { SpeechService } from "./speech.service";

const service = (ctx: GraphQLContext) =>
  new SpeechService(
    ctx.em(),
    requirePrincipal(ctx),
    ctx.pubsub,
    { jobs: ctx.jobs, stt: ctx.config.stt ? { local: ctx.config.stt.local, maxBytes: ctx.config.stt.maxBytes } : null, transcriptMaxBytes: ctx.config.ai.transcriptMaxBytes },
    ctx.logger,
  );

@Resolver(() => SpeechTranscription)
export class SpeechResolver {
  @Query(() => SpeechToTextSettings, { description: "Whether audio can be transcribed here, whether the server is local, and the size cap." })
  speechToText(@Ctx() ctx: GraphQLContext): SpeechToTextSettings {
    const stt = ctx.config.stt;
    return { enabled: !!stt, local: stt?.local ?? false, maxBytes: stt?.maxBytes ?? 0 };
  }

  @Query(() => SpeechTranscription, { nullable: true, description: "An audio transcription by id (poll it for status); null when it does not exist or is not yours." })
  speechTranscription(@Arg("id", () => ID, { description: "Its global id." }) id: string, @Ctx() ctx: GraphQLContext) {
    const uuid = idOf("SpeechTranscription", id);
    return uuid ? ctx.em().findOne(SpeechTranscription, { id: uuid }, { refresh: true }) : null;
  }

  @Mutation(() => SpeechTranscriptionPayload, {
    description:
      "Upload a recording (WAV, MP3, M4A, OGG; base64) to be transcribed by the configured speech-to-text server; the transcript then enters the consent gate and extraction like an uploaded file. Refused with nothing stored or sent: CONFLICT/STT_NOT_CONFIGURED without STT_URL, FORBIDDEN/SENSITIVE_REQUIRES_LOCAL for a SENSITIVE meeting unless the server is marked local, CONSENT_REQUIRED unless every participant consented; BAD_USER_INPUT for a wrong type, size or content.",
  })
  async transcribeAudio(@Arg("input", () => TranscribeAudioInput) input: TranscribeAudioInput, @Ctx() ctx: GraphQLContext) {
    const svc = service(ctx);
    // Before the input is looked at: without a server there is no size cap to check against.
    if (!ctx.config.stt) throw sttNotConfigured();
    const parsed = parseInput(transcribeAudioSchema(ctx.config.stt?.maxBytes ?? 0), input);
    return { speechTranscription: await svc.transcribe(parsed) };
  }

  @Mutation(() => SpeechTranscriptionPayload, {
    description: "Map the speakers of a transcription in NEEDS_SPEAKERS to participants and attach its transcript (the consent gate applies: mapped participants must have consented).",
  })
  async completeSpeechTranscription(@Arg("input", () => CompleteSpeechTranscriptionInput) input: CompleteSpeechTranscriptionInput, @Ctx() ctx: GraphQLContext) {
    const { id, speakerMap } = parseInput(completeSpeechTranscriptionSchema, input);
    return { speechTranscription: await service(ctx).complete(id, speakerMap) };
  }

  @FieldResolver(() => [TranscriptSpeaker], { description: "While NEEDS_SPEAKERS: the speakers found, each with the participant it matches (null: to be mapped). Editors only." })
  speakers(@Root() row: SpeechTranscription, @Ctx() ctx: GraphQLContext) {
    return service(ctx).speakers(row);
  }

  @FieldResolver(() => ExtractionRun, { nullable: true, description: "The extraction run the attached transcript started (follow it like any run)." })
  run(@Root() row: SpeechTranscription, @Ctx() ctx: GraphQLContext) {
    return row.run ? ctx.loaders.load(ExtractionRun, row.run.id) : null;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting." })
  meeting(@Root() row: SpeechTranscription, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.load(Meeting, row.meeting.id);
  }
}

@Resolver(() => Meeting)
export class MeetingSpeechResolver {
  @FieldResolver(() => SpeechTranscription, { nullable: true, description: "The meeting's latest audio transcription, if any." })
  speechTranscription(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return service(ctx).latestOf(meeting.id);
  }
}
