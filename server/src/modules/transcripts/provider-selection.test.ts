import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config";
import { answer, startFakeOpenAi } from "../../../test/openai-fake";
import { parseTranscript } from "../../ai/index";
import { createLogger } from "../../platform/logger";
import { Sensitivity } from "../meetings/meeting.entity";
import { chooseProvider, createConfiguredProvider } from "./provider-selection";

const logger = createLogger("silent");
const base = { NODE_ENV: "test" };

describe("AI configuration", () => {
  it("defaults to the local provider and a 5 MiB transcript cap", () => {
    const { ai } = loadConfig(base);
    expect(ai).toEqual({ provider: "local", remote: undefined, transcriptMaxBytes: 5 * 1024 * 1024 });
    expect(createConfiguredProvider(ai, logger)).toMatchObject({ isLocal: true, name: expect.stringMatching(/^local-heuristic@/) });
  });

  it("requires AI_BASE_URL and AI_MODEL with AI_PROVIDER=openai, reporting both", () => {
    const error = (() => {
      try {
        loadConfig({ ...base, AI_PROVIDER: "openai" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(["AI_BASE_URL: required when AI_PROVIDER=openai", "AI_MODEL: required when AI_PROVIDER=openai"]);
  });

  it("builds the remote provider named by its model; the key stays optional", () => {
    const { ai } = loadConfig({ ...base, AI_PROVIDER: "openai", AI_BASE_URL: "http://127.0.0.1:9/v1", AI_MODEL: "gpt-test", AI_API_KEY: "sk-1" });
    expect(ai.remote).toEqual({ baseUrl: "http://127.0.0.1:9/v1", model: "gpt-test", apiKey: "sk-1", chunking: { maxChars: 12_000, overlapCues: 3 }, maxConcurrency: 2, timeoutMs: 60_000 });
    expect(createConfiguredProvider(ai, logger)).toMatchObject({ isLocal: false, name: "gpt-test" });
  });

  it("reads the part size, overlap and concurrency of the remote provider, and refuses nonsense", () => {
    const { ai } = loadConfig({ ...base, AI_PROVIDER: "openai", AI_BASE_URL: "http://127.0.0.1:9/v1", AI_MODEL: "m", AI_CHUNK_CHARS: "4000", AI_CHUNK_OVERLAP_CUES: "0", AI_MAX_CONCURRENCY: "1" });
    expect(ai.remote).toMatchObject({ chunking: { maxChars: 4000, overlapCues: 0 }, maxConcurrency: 1 });
    expect(() => loadConfig({ ...base, AI_CHUNK_CHARS: "10" })).toThrow(/AI_CHUNK_CHARS/);
    expect(() => loadConfig({ ...base, AI_MAX_CONCURRENCY: "0" })).toThrow(/AI_MAX_CONCURRENCY/);
  });

  it("rejects a transcript cap below 1 KiB", () => {
    expect(() => loadConfig({ ...base, TRANSCRIPT_MAX_BYTES: "10" })).toThrow(/TRANSCRIPT_MAX_BYTES/);
  });
});

describe("Fort Knox provider choice", () => {
  const remote = { name: "gpt-test", isLocal: false, extract: () => Promise.reject(new Error("must not be called")) };
  const local = { name: "local-heuristic@0.1.0", isLocal: true, extract: () => Promise.reject(new Error("unused")) };

  it("refuses a remote provider for a SENSITIVE meeting, without a fallback", () => {
    expect(chooseProvider(remote, Sensitivity.SENSITIVE)).toEqual({ ok: false, code: "SENSITIVE_REQUIRES_LOCAL" });
  });

  it("governs the chunking remote provider as a whole: refused for SENSITIVE before any part is sent, several parts for NORMAL", async () => {
    let requests = 0;
    const fake = await startFakeOpenAi(() => {
      requests++;
      return answer({ decisions: [], actionItems: [] });
    });
    try {
      const { ai } = loadConfig({ ...base, AI_PROVIDER: "openai", AI_BASE_URL: fake.baseUrl, AI_MODEL: "m", AI_CHUNK_CHARS: "1000" });
      const configured = createConfiguredProvider(ai, logger);
      const long = parseTranscript(`${Array.from({ length: 60 }, (_, i) => `Anna Berg: Punkt ${i} på dagordningen diskuteras en stund.`).join("\n")}\n`);
      expect(chooseProvider(configured, Sensitivity.SENSITIVE)).toEqual({ ok: false, code: "SENSITIVE_REQUIRES_LOCAL" });
      expect(requests).toBe(0);
      const choice = chooseProvider(configured, Sensitivity.NORMAL);
      if (!choice.ok) throw new Error("NORMAL refused");
      await choice.provider.extract(long, { meetingDate: "2026-11-18" });
      expect(requests).toBeGreaterThan(1);
    } finally {
      await fake.close();
    }
  });

  it("lets the local provider run any meeting and the remote one NORMAL meetings", () => {
    expect(chooseProvider(local, Sensitivity.SENSITIVE)).toEqual({ ok: true, provider: local });
    expect(chooseProvider(remote, Sensitivity.NORMAL)).toEqual({ ok: true, provider: remote });
  });
});
