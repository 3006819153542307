import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/parse";
import { silentWav, startSttStub, verboseJson, type SttStub } from "../../../test/stt-stub";
import { kindOfContentType, sniffAudio } from "./audio";
import { createSttClient, parseSttResponse, SttError, transcriptionsUrl } from "./stt-client";
import { segmentsToWebVtt } from "./webvtt";

/** 0.1 s of silence. */
const wav = () => silentWav(1600);

let stub: SttStub;
beforeAll(async () => {
  stub = await startSttStub();
});
afterAll(() => stub.close());

const client = (over: Partial<Parameters<typeof createSttClient>[0]> = {}) => createSttClient({ url: stub.url, model: "kb-whisper-small", language: "sv", local: true, apiKey: "sk-test-key", ...over });
const audio = { audio: wav(), fileName: "audio.wav", contentType: "audio/wav" };

describe("the /v1/audio/transcriptions contract", () => {
  it("posts multipart/form-data with file, model, language and response_format=verbose_json, and reads verbose_json", async () => {
    stub.requests.length = 0;
    stub.reply = () => ({ status: 200, body: verboseJson([{ start: 0, end: 2.5, text: " Vi beslutar att köra på förslag B." }, { start: 2.5, end: 5, text: "Jag skickar protokollet på fredag." }]) });
    const result = await client().transcribe(audio);
    expect(stub.requests).toHaveLength(1);
    const seen = stub.requests[0]!;
    expect(seen.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen).toMatchObject({ model: "kb-whisper-small", language: "sv", responseFormat: "verbose_json", fileName: "audio.wav", fileType: "audio/wav", bytes: audio.audio.length, authorization: "Bearer sk-test-key" });
    expect(seen.wavSeconds).toBeCloseTo(0.1, 3);
    expect(result).toMatchObject({ language: "swedish", durationSeconds: 5, diarised: false });
    expect(result.segments).toEqual([
      { start: 0, end: 2.5, text: "Vi beslutar att köra på förslag B." },
      { start: 2.5, end: 5, text: "Jag skickar protokollet på fredag." },
    ]);
  });

  it("sends no authorization header without a key", async () => {
    stub.requests.length = 0;
    await client({ apiKey: undefined }).transcribe(audio);
    expect(stub.requests[0]!.authorization).toBeNull();
  });

  it("reads diarised segments (speaker per segment) and turns them into WebVTT voices the transcript parser reads", async () => {
    stub.reply = () => ({
      status: 200,
      body: JSON.stringify({
        text: "Hej. Hej själv.",
        segments: [
          { start: 0.0, end: 1.2, text: "Hej & välkommen <alla>.", speaker: "SPEAKER_00" },
          { start: 1.2, end: 2.0, text: "Hej själv.", speaker: "SPEAKER_01" },
          { start: 2.0, end: 2.1, text: "   ", speaker: "SPEAKER_01" },
        ],
      }),
    });
    const result = await client().transcribe(audio);
    expect(result.diarised).toBe(true);
    expect(result.segments.map((s) => s.speaker)).toEqual(["SPEAKER_00", "SPEAKER_01"]);
    const vtt = segmentsToWebVtt(result.segments);
    const parsed = parseTranscript(vtt);
    expect(parsed.format).toBe("teams-vtt");
    expect(parsed.segments.map((s) => [s.speaker, s.text, s.startMs])).toEqual([
      ["SPEAKER_00", "Hej & välkommen <alla>.", 0],
      ["SPEAKER_01", "Hej själv.", 1200],
    ]);
  });

  it("labels undiarised segments with one speaker", () => {
    const parsed = parseTranscript(segmentsToWebVtt([{ start: 0, end: 1, text: "Hej." }, { start: 3723.5, end: 3724, text: "Då." }]));
    expect(parsed.segments.map((s) => [s.speaker, s.startMs])).toEqual([["Talare 1", 0], ["Talare 1", 3_723_500]]);
  });

  it("accepts a plain { text } answer as one segment", () => {
    expect(parseSttResponse(JSON.stringify({ text: "Bara text." })).segments).toEqual([{ start: 0, end: 0, text: "Bara text." }]);
  });

  it.each([
    [500, "STT_UNAVAILABLE", true],
    [503, "STT_UNAVAILABLE", true],
    [429, "STT_UNAVAILABLE", true],
    [400, "STT_REJECTED", false],
    [401, "STT_REJECTED", false],
    [413, "STT_REJECTED", false],
  ])("answers HTTP %i with %s (retryable: %s)", async (status, code, retryable) => {
    stub.reply = () => ({ status, body: JSON.stringify({ error: { message: "nope", type: "invalid_request_error" } }) });
    const error = await client().transcribe(audio).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SttError);
    expect(error).toMatchObject({ code, retryable, status });
  });

  it.each([
    ["not JSON", "<html>502 Bad Gateway</html>"],
    ["the wrong shape", JSON.stringify({ segments: "many" })],
    ["negative times", JSON.stringify({ text: "x", segments: [{ start: -1, end: 2, text: "x" }] })],
    ["nothing said", JSON.stringify({ text: " ", segments: [] })],
  ])("answers a 200 with %s as STT_INVALID_OUTPUT (not retried)", async (_label, body) => {
    stub.reply = () => ({ status: 200, body });
    await expect(client().transcribe(audio)).rejects.toMatchObject({ code: "STT_INVALID_OUTPUT", retryable: false });
  });

  it("times out (retryable) when the server does not answer in time", async () => {
    stub.reply = () => ({ status: 200, body: "{}", delayMs: 2_000 });
    await expect(client({ timeoutMs: 50 }).transcribe(audio)).rejects.toMatchObject({ code: "STT_TIMEOUT", retryable: true });
  });

  it("reports an unreachable server as STT_NETWORK (retryable)", async () => {
    await expect(createSttClient({ url: "http://127.0.0.1:9", model: "m", language: "sv", local: true }).transcribe(audio)).rejects.toMatchObject({ code: "STT_NETWORK", retryable: true });
  });

  it("builds the endpoint from a base URL with or without /v1", () => {
    expect(transcriptionsUrl("http://stt.local:8080")).toBe("http://stt.local:8080/v1/audio/transcriptions");
    expect(transcriptionsUrl("http://stt.local:8080/v1/")).toBe("http://stt.local:8080/v1/audio/transcriptions");
  });
});

describe("audio recognition", () => {
  it.each([
    ["WAV", wav()],
    ["MP3", Buffer.from("ID3\x04\x00\x00\x00\x00\x00\x00", "latin1")],
    ["MP3", Buffer.from([0xff, 0xfb, 0x90, 0x64])],
    ["M4A", Buffer.from("\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", "latin1")],
    ["OGG", Buffer.from("OggS\x00\x02\x00\x00", "latin1")],
  ])("recognises %s by its first bytes", (kind, bytes) => {
    expect(sniffAudio(bytes)).toBe(kind);
  });

  it("recognises nothing else", () => {
    expect(sniffAudio(Buffer.from("WEBVTT\n\n"))).toBeNull();
    expect(sniffAudio(Buffer.from("RIFF\x00\x00\x00\x00AVI ", "latin1"))).toBeNull();
    expect(sniffAudio(Buffer.from([0xff, 0xe0]))).toBeNull();
    expect(sniffAudio(new Uint8Array())).toBeNull();
  });

  it("maps content types, ignoring parameters", () => {
    expect(kindOfContentType("audio/ogg; codecs=opus")).toBe("OGG");
    expect(kindOfContentType("AUDIO/X-WAV")).toBe("WAV");
    expect(kindOfContentType("audio/x-m4a")).toBe("M4A");
    expect(kindOfContentType("video/mp4")).toBeNull();
  });
});
