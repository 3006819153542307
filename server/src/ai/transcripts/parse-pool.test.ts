import { describe, expect, it } from "vitest";
import { TranscriptError } from "./errors";
import { parseTranscript } from "./parse";
import { parseTranscriptOffThread } from "./parse-pool";

const cue = (i: number) => `00:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.000 --> 00:59:59.000\n<v Talare ${i % 4}>Vi tar beslutet om budgeten i dag, och jag skickar protokollet på fredag. ${i}</v>\n`;
const vtt = (n: number) => `WEBVTT\n\n${Array.from({ length: n }, (_, i) => cue(i)).join("\n")}`;

describe("transcript parsing on the worker thread", () => {
  it("gives exactly what the parser gives on the calling thread, for a file large enough to go to the thread", async () => {
    const text = vtt(2_000);
    expect(text.length).toBeGreaterThan(64 * 1024);
    expect(await parseTranscriptOffThread(text)).toEqual(parseTranscript(text));
  });

  it("answers the parser's own errors, with their codes and Swedish messages", async () => {
    const text = vtt(10_500);
    const thrown = await parseTranscriptOffThread(text).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(TranscriptError);
    let expected: unknown;
    try {
      parseTranscript(text);
    } catch (e) {
      expected = e;
    }
    expect((thrown as TranscriptError).code).toBe("TRANSCRIPT_TOO_MANY_SEGMENTS");
    expect((thrown as TranscriptError).userMessage).toBe((expected as TranscriptError).userMessage);
    const tooLarge = await parseTranscriptOffThread(vtt(2_000), { maxBytes: 70 * 1024 }).catch((e: unknown) => e);
    expect((tooLarge as TranscriptError).code).toBe("TRANSCRIPT_TOO_LARGE");
  });

  it("runs several parses at once and keeps their answers apart", async () => {
    const texts = [vtt(1_200), vtt(1_500), vtt(1_800)];
    const results = await Promise.all(texts.map((t) => parseTranscriptOffThread(t)));
    expect(results.map((r) => r.segments.length)).toEqual(texts.map((t) => parseTranscript(t).segments.length));
  });
});
