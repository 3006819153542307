import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { AUDIO_TYPES, kindOfContentType, sniffAudio, type AudioKind } from "../../ai/speech/index";
import { globalIdOf, trimmed } from "../../platform/validation";
import { SpeakerMappingInput, speakerMapSchema } from "../transcripts/transcript.inputs";
import { SpeechTranscription } from "./speech-transcription.entity";

@InputType({ description: "An audio recording of a meeting, to be transcribed by the configured speech-to-text server." })
export class TranscribeAudioInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "The file's name, for people (never sent to logs)." }) fileName!: string;
  @Field(() => String, { description: "audio/wav, audio/mpeg, audio/mp4 (M4A) or audio/ogg; must agree with the file's first bytes." }) contentType!: string;
  @Field(() => String, { description: "The file, base64-encoded; at most STT_MAX_BYTES bytes once decoded." }) audioBase64!: string;
  @Field(() => [SpeakerMappingInput], { nullable: true, description: "Speaker labels the server will produce (\"SPEAKER_00\") mapped to participants, when known in advance." })
  speakerMap?: SpeakerMappingInput[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ACCEPTED = Object.values(AUDIO_TYPES).flatMap((t) => t.contentTypes);

/** Decoded size of a base64 string without decoding it. */
const decodedLength = (b64: string) => Math.floor((b64.length * 3) / 4) - (b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0);

/** Built per limit (STT_MAX_BYTES); the output carries the decoded bytes and the recognised kind. */
export const transcribeAudioSchema = (maxBytes: number) =>
  z
    .object({
      meetingId: globalIdOf("Meeting"),
      fileName: trimmed(1, 255),
      contentType: z
        .string()
        .max(100)
        .refine((v) => kindOfContentType(v) !== null, `must be one of ${ACCEPTED.join(", ")}`),
      audioBase64: z
        .string()
        .min(1, "is empty")
        .refine((v) => v.length % 4 === 0 && BASE64.test(v), "is not base64")
        .refine((v) => decodedLength(v) <= maxBytes, `is larger than ${maxBytes} bytes (STT_MAX_BYTES)`),
      speakerMap: speakerMapSchema.nullish(),
    })
    .transform((input, ctx) => {
      const audio = Buffer.from(input.audioBase64, "base64");
      const declared = kindOfContentType(input.contentType)!;
      const actual = sniffAudio(audio);
      if (actual !== declared) {
        ctx.addIssue({
          code: "custom",
          path: ["audioBase64"],
          message: actual ? `is ${actual} audio, not ${declared} as contentType says` : "is not WAV, MP3, M4A or OGG audio (its first bytes say otherwise)",
        });
        return z.NEVER;
      }
      const { audioBase64: _drop, ...rest } = input;
      void _drop;
      return { ...rest, audio, kind: actual as AudioKind };
    });
export type TranscribeAudio = z.output<ReturnType<typeof transcribeAudioSchema>>;

@InputType({ description: "Map the speakers of a transcription that is waiting for it, and attach the transcript." })
export class CompleteSpeechTranscriptionInput {
  @Field(() => ID, { description: "The speech transcription." }) id!: string;
  @Field(() => [SpeakerMappingInput], { description: "Each label that is not a participant's name, mapped to a participant of the meeting." })
  speakerMap!: SpeakerMappingInput[];
}
export const completeSpeechTranscriptionSchema = z.object({ id: globalIdOf("SpeechTranscription"), speakerMap: speakerMapSchema });

@ObjectType({ description: "Result of an audio upload: the transcription to follow (poll `speechTranscription`)." })
export class SpeechTranscriptionPayload {
  @Field(() => SpeechTranscription, { nullable: true, description: "The stored upload and its status." })
  speechTranscription!: SpeechTranscription | null;
}

@ObjectType({ description: "Whether this server can turn audio into transcripts, and where the audio goes." })
export class SpeechToTextSettings {
  @Field(() => Boolean, { description: "Whether a speech-to-text server is configured (STT_URL)." }) enabled!: boolean;
  @Field(() => Boolean, { description: "Whether it runs on the organisation's own machine (STT_LOCAL): required for SENSITIVE meetings." }) local!: boolean;
  @Field(() => Int, { description: "Largest audio file accepted, in bytes." }) maxBytes!: number;
}
