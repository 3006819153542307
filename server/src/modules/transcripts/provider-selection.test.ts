import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config";
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
    expect(ai.remote).toEqual({ baseUrl: "http://127.0.0.1:9/v1", model: "gpt-test", apiKey: "sk-1" });
    expect(createConfiguredProvider(ai, logger)).toMatchObject({ isLocal: false, name: "gpt-test" });
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

  it("lets the local provider run any meeting and the remote one NORMAL meetings", () => {
    expect(chooseProvider(local, Sensitivity.SENSITIVE)).toEqual({ ok: true, provider: local });
    expect(chooseProvider(remote, Sensitivity.NORMAL)).toEqual({ ok: true, provider: remote });
  });
});
