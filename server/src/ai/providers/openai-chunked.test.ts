import { afterEach, describe, expect, it } from "vitest";
import { answer, completion, startFakeOpenAi, type ChatRequest, type Reply, type Responder } from "../../../test/openai-fake";
import { parseTranscript } from "../transcripts/index";
import { ExtractionProviderError, ProviderErrorCode } from "./errors";
import { LABELLING_RULES } from "./labelling-rules";
import { createOpenAiProvider, type OpenAiProviderOptions, type ProviderLogger } from "./openai";

// A 40-cue meeting: every fifth cue is a commitment ("Jag tar det, …"), the rest is talk.
const SPEAKERS = ["Anna Berg", "Erik Lund", "Lena Holm"];
const CANARY = "Kanariefågel";
const lines = Array.from({ length: 40 }, (_, i) =>
  i % 5 === 0
    ? `${SPEAKERS[i % 3]}: Jag tar det, jag skickar rapport ${i} imorgon.`
    : `${SPEAKERS[i % 3]}: Vi går vidare med punkt ${i} på dagordningen och ${CANARY.toLowerCase()} diskuterar budgeten en stund till.`,
);
const meeting = parseTranscript(`${lines.join("\n")}\n`);
const MEETING_DATE = "2026-11-18";
const COMMITMENT = /^Jag tar det, jag skickar rapport (\d+) imorgon\.$/;

/** Answers from the cues it was sent: an action item per commitment (owner the speaker's first name). */
const labelCommitments =
  (extra: (request: ChatRequest) => Record<string, unknown>[] = () => [], confidence = (_: ChatRequest) => 0.8): Responder =>
  (request) =>
    answer({
      decisions: [],
      actionItems: [
        ...request.user.segments
          .filter((s) => COMMITMENT.test(s.text))
          .map((s) => ({ text: `Skicka rapport ${COMMITMENT.exec(s.text)?.[1]}`, owner: s.speaker.split(" ")[0], due: "2026-11-19", quote: s.text, segment: s.index, confidence: confidence(request) })),
        ...extra(request),
      ],
    });

let fake: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function recordingLogger(out: string[]): ProviderLogger {
  return { info: (fields, message) => out.push(JSON.stringify({ ...fields, message })), warn: (fields, message) => out.push(JSON.stringify({ ...fields, message })) };
}

async function provider(respond: Responder, extra: Partial<OpenAiProviderOptions> = {}, logs: string[] = []) {
  fake = await startFakeOpenAi(respond);
  return createOpenAiProvider({
    baseUrl: fake.baseUrl,
    apiKey: "sk-test",
    model: "fake-model",
    chunking: { maxChars: 1500, overlapCues: 2 },
    sleep: async () => undefined,
    logger: recordingLogger(logs),
    ...extra,
  });
}

describe("OpenAI-compatible provider on long meetings (contract, local /v1/chat/completions server)", () => {
  it("cuts a long meeting into parts, each a chat completion carrying the rules, the date, the participants and numbered cues, with the overlap visible", async () => {
    const p = await provider(labelCommitments());
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    const requests = fake?.requests ?? [];

    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(result.diagnostics).toMatchObject({ requests: requests.length, chunks: requests.length, invalidOutputs: 0, responseFormat: "json_schema" });
    for (const [i, r] of requests.entries()) {
      expect(r.url).toBe("/v1/chat/completions");
      expect(r.headers.authorization).toBe("Bearer sk-test");
      expect(r.body).toMatchObject({ model: "fake-model", temperature: 0, response_format: { type: "json_schema", json_schema: { name: "meeting_extraction", strict: true } } });
      expect(r.body.messages.map((m) => m.role)).toEqual(["system", "user"]);
      expect(r.system).toContain(LABELLING_RULES);
      expect(r.user).toMatchObject({ meetingDate: MEETING_DATE, meetingWeekday: "Wednesday", meetingIsoWeek: 47, participants: SPEAKERS, part: { number: i + 1, of: requests.length } });
      expect(JSON.stringify(r.user.segments).length).toBeLessThanOrEqual(1500 + 200);
    }
    // Part n+1 starts with the last two cues of part n; together the parts cover every cue once more than the overlap.
    for (let i = 1; i < requests.length; i++) {
      const previous = requests[i - 1]?.user.segments ?? [];
      const current = requests[i]?.user.segments ?? [];
      expect(current.slice(0, 2)).toEqual(previous.slice(-2));
      expect(requests[i]?.user.part?.repeatedFromPreviousPart).toBe(2);
    }
    expect(requests[0]?.user.segments[0]).toEqual({ index: 0, speaker: "Anna Berg", text: lines[0]?.slice("Anna Berg: ".length) });
    expect(requests.at(-1)?.user.segments.at(-1)?.index).toBe(39);
  });

  it("merges what the overlap labels twice into one item each, keeping the more confident answer", async () => {
    // Later parts answer more confidently: where a commitment sits in the overlap, the later copy wins.
    const p = await provider(labelCommitments(undefined, (r) => 0.5 + 0.1 * (r.user.part?.number ?? 1)));
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    const requests = fake?.requests ?? [];
    const labelled = requests.flatMap((r) => r.user.segments.filter((s) => COMMITMENT.test(s.text)).map((s) => ({ index: s.index, part: r.user.part?.number ?? 1 })));
    const twice = labelled.length - new Set(labelled.map((l) => l.index)).size;

    expect(twice).toBeGreaterThan(0);
    expect(result.diagnostics.duplicatesMerged).toBe(twice);
    expect(result.actionItems.map((a) => a.evidence.segment)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
    for (const item of result.actionItems) {
      const lastPart = Math.max(...labelled.filter((l) => l.index === item.evidence.segment).map((l) => l.part));
      expect(item.confidence).toBeCloseTo(0.5 + 0.1 * lastPart);
    }
    expect(result.actionItems[1]).toMatchObject({ text: "Skicka rapport 5", owner: "Lena Holm", due: "2026-11-19", evidence: { quote: "Jag tar det, jag skickar rapport 5 imorgon.", segment: 5 } });
  });

  it("drops an invented quote, counts it, and logs the count only, never the text", async () => {
    const logs: string[] = [];
    const invented = (r: ChatRequest) => [
      { text: `Ring ${CANARY}`, owner: "Anna", due: null, quote: `Jag ringer ${CANARY} på fredag.`, segment: r.user.segments[0]?.index ?? 0, confidence: 0.99 },
      // Real words, but from a cue other than the one cited.
      { text: "Fel cue", owner: "Anna", due: null, quote: r.user.segments[1]?.text ?? "", segment: r.user.segments[0]?.index ?? 0, confidence: 0.99 },
    ];
    const p = await provider(labelCommitments(invented), {}, logs);
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    const requests = fake?.requests.length ?? 0;

    expect(result.diagnostics.inventedQuotesDropped).toBe(2 * requests);
    expect(result.actionItems).toHaveLength(8);
    expect(result.actionItems.some((a) => a.text.includes(CANARY) || a.text === "Fel cue")).toBe(false);
    const summary = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === "extraction.remote_summary");
    expect(summary).toMatchObject({ inventedQuotesDropped: 2 * requests, chunks: requests, actionItems: 8 });
    expect(logs.join("\n")).not.toMatch(new RegExp(`${CANARY}|rapport|Anna Berg`, "i"));
  });

  it("counts malformed JSON and schema-invalid answers and retries them; a part that stays invalid fails the whole meeting", async () => {
    const logs: string[] = [];
    // The first answer of every part is broken JSON, the second is of the wrong shape, the third is good.
    const perPart = new Map<number, number>();
    const flaky: Responder = (request) => {
      const part = request.user.part?.number ?? 1;
      const n = (perPart.get(part) ?? 0) + 1;
      perPart.set(part, n);
      if (n === 1) return completion('{"decisions": [');
      if (n === 2) return answer({ decisions: "none", actionItems: [] });
      return labelCommitments()(request, n);
    };
    const p = await provider(flaky, { maxAttempts: 3 }, logs);
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    expect(result.diagnostics.invalidOutputs).toBe(2 * result.diagnostics.chunks);
    expect(result.diagnostics.requests).toBe(3 * result.diagnostics.chunks);
    expect(result.actionItems).toHaveLength(8);
    await fake?.close();

    // Now part 2 never answers properly: the meeting fails with a typed error and its counts, no partial result.
    const broken: Responder = (request) => ((request.user.part?.number ?? 1) === 2 ? completion("Sure! Here are the items: …") : labelCommitments()(request, 1));
    const q = await provider(broken, { maxAttempts: 2, maxConcurrency: 1 }, logs);
    const error = await q.extract(meeting, { meetingDate: MEETING_DATE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionProviderError);
    expect(error).toMatchObject({ code: ProviderErrorCode.INVALID_OUTPUT, attempts: 2, diagnostics: { invalidOutputs: 2 } });
    expect((error as ExtractionProviderError).message).toMatch(/part 2 of \d+/);
    // One request in flight: part 3 went out during part 2's backoff, the retry went ahead of part 4,
    // and once part 2 had failed nothing more was sent.
    expect(fake?.requests.map((r) => r.user.part?.number)).toEqual([1, 2, 3, 2]);
    expect(logs.join("\n")).not.toMatch(new RegExp(`${CANARY}|rapport|Sure`, "i"));
  });

  it("retries 429 (honouring Retry-After through the injected sleep) and 500, then succeeds; gives up with UNAVAILABLE", async () => {
    const slept: number[] = [];
    // Part 1 is answered 429 (Retry-After: 2 s), then 500, then properly.
    const script: Reply[] = [{ status: 429, body: JSON.stringify({ error: { message: "Rate limit reached", type: "requests" } }), headers: { "retry-after": "2" } }, { status: 500, body: "{}" }];
    let partOne = 0;
    const busy: Responder = (request, n) => ((request.user.part?.number ?? 1) === 1 ? (script[partOne++] ?? labelCommitments()(request, n)) : labelCommitments()(request, n));
    const p = await provider(busy, { backoffMs: 100, maxBackoffMs: 5000, sleep: async (ms) => void slept.push(ms) });
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    expect(slept).toEqual([2000, 200]);
    expect(result.diagnostics.requests).toBe(result.diagnostics.chunks + 2);
    expect(result.actionItems).toHaveLength(8);
    await fake?.close();

    const q = await provider(() => ({ status: 503, body: "overloaded" }), { maxAttempts: 2 });
    await expect(q.extract(meeting, { meetingDate: MEETING_DATE })).rejects.toMatchObject({ code: ProviderErrorCode.UNAVAILABLE, status: 503, attempts: 2 });
  });

  it("falls back to response_format json_object once the server refuses json_schema, without spending an attempt", async () => {
    const logs: string[] = [];
    const oldServer: Responder = (request, n) =>
      request.body.response_format.type === "json_schema" ? { status: 400, body: JSON.stringify({ error: { message: "response_format json_schema is not supported" } }) } : labelCommitments()(request, n);
    const p = await provider(oldServer, { maxAttempts: 1, maxConcurrency: 1 }, logs);
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    const formats = (fake?.requests ?? []).map((r) => r.body.response_format.type);
    expect(formats[0]).toBe("json_schema");
    expect(formats.slice(1).every((f) => f === "json_object")).toBe(true);
    expect(result.diagnostics).toMatchObject({ responseFormat: "json_object", requests: result.diagnostics.chunks + 1 });
    expect(result.actionItems).toHaveLength(8);
    expect(logs.filter((l) => l.includes("extraction.remote_format_fallback"))).toHaveLength(1);
  });

  it("does not fall back when json_schema was asked for explicitly, and a 400 is not retried", async () => {
    const p = await provider(() => ({ status: 400, body: JSON.stringify({ error: { message: "bad" } }) }), { responseFormat: "json_schema" });
    await expect(p.extract(meeting, { meetingDate: MEETING_DATE })).rejects.toMatchObject({ code: ProviderErrorCode.REJECTED, status: 400 });
    expect(fake?.requests.length).toBeLessThanOrEqual(2);
    expect(fake?.requests.every((r) => r.body.response_format.type === "json_schema")).toBe(true);
  });

  it("keeps at most maxConcurrency requests in flight across meetings", async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const p = await provider(labelCommitments(), { fetch: counting, maxConcurrency: 2 });
    const results = await Promise.all([p.extract(meeting, { meetingDate: MEETING_DATE }), p.extract(meeting, { meetingDate: MEETING_DATE })]);
    expect(results.map((r) => r.actionItems.length)).toEqual([8, 8]);
    expect(fake?.requests.length).toBeGreaterThanOrEqual(8);
    expect(most).toBe(2);
  });

  it("accepts an answer wrapped in a Markdown fence or after a <think> block, as local models write them", async () => {
    const wrapped: Responder = async (request, n) => {
      const body = JSON.parse((await labelCommitments()(request, n)).body) as { choices: { message: { content: string } }[] };
      const content = body.choices[0]?.message.content ?? "";
      return completion(n % 2 ? `\`\`\`json\n${content}\n\`\`\`` : `<think>kort resonemang</think>\n${content}`);
    };
    const p = await provider(wrapped);
    const result = await p.extract(meeting, { meetingDate: MEETING_DATE });
    expect(result.diagnostics.invalidOutputs).toBe(0);
    expect(result.actionItems).toHaveLength(8);
  });
});
