import { describe, expect, it } from "vitest";
import { ConfigError, graphqlBodyLimit, loadConfig } from "../../config";
import { createConfiguredStt } from "./stt-selection";

const MIB = 1024 * 1024;
const base = { NODE_ENV: "test", DATABASE_URL: "postgres://x@127.0.0.1/db", SEED_DEMO: "false" };

describe("speech-to-text configuration", () => {
  it("is off without STT_URL, and then adds nothing to the body limit", () => {
    const config = loadConfig(base);
    expect(config.stt).toBeNull();
    expect(createConfiguredStt(config.stt)).toBeNull();
    // max(1 MiB, 2 × 5 MiB + 64 KiB): the transcript's own need.
    expect(graphqlBodyLimit(config)).toBe(2 * 5 * MIB + 64 * 1024);
  });

  it("has the documented defaults", () => {
    const config = loadConfig({ ...base, STT_URL: "http://127.0.0.1:8080" });
    expect(config.stt).toEqual({ url: "http://127.0.0.1:8080", model: "whisper-1", local: false, maxBytes: 25 * MIB, language: "sv" });
    expect(createConfiguredStt(config.stt)).toMatchObject({ model: "whisper-1", isLocal: false });
  });

  it("reads key, model, local, size and language", () => {
    const config = loadConfig({ ...base, STT_URL: "https://stt.kommun.se", STT_API_KEY: "k", STT_MODEL: "kb-whisper-large", STT_LOCAL: "true", STT_MAX_BYTES: String(50 * MIB), STT_LANGUAGE: "en" });
    expect(config.stt).toEqual({ url: "https://stt.kommun.se", apiKey: "k", model: "kb-whisper-large", local: true, maxBytes: 50 * MIB, language: "en" });
  });

  it("sizes the /graphql body for base64 audio: ceil(STT_MAX_BYTES × 4/3) + 64 KiB when that is larger", () => {
    const config = loadConfig({ ...base, STT_URL: "http://127.0.0.1:8080" });
    expect(graphqlBodyLimit(config)).toBe(Math.ceil((25 * MIB * 4) / 3) + 64 * 1024);
    const small = loadConfig({ ...base, STT_URL: "http://127.0.0.1:8080", STT_MAX_BYTES: String(MIB) });
    expect(graphqlBodyLimit(small)).toBe(2 * 5 * MIB + 64 * 1024);
  });

  it("refuses bad values, all reported together", () => {
    const error = (() => {
      try {
        loadConfig({ ...base, STT_URL: "ftp://stt", STT_LOCAL: "maybe", STT_MAX_BYTES: "10", STT_LANGUAGE: "Swedish" });
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems.map((p) => p.split(":")[0]).sort()).toEqual(["STT_LANGUAGE", "STT_LOCAL", "STT_MAX_BYTES", "STT_URL"]);
  });
});
