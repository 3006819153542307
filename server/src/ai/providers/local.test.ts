import { describe, expect, it } from "vitest";
import { LOCAL_EXTRACTOR_SOURCE } from "../extraction/extract";
import { parseTranscript } from "../transcripts/index";
import { createLocalProvider } from "./local";

describe("local provider", () => {
  it("is local, named by version, and extracts", async () => {
    const provider = createLocalProvider();
    expect(provider.isLocal).toBe(true);
    expect(provider.name).toBe(LOCAL_EXTRACTOR_SOURCE);
    expect(provider.name).toMatch(/^local-heuristic@\d+\.\d+\.\d+$/);
    const result = await provider.extract(parseTranscript("Anna Berg: Jag bokar lokalen imorgon.\n"), { meetingDate: "2026-11-18" });
    expect(result.actionItems).toMatchObject([{ owner: "Anna Berg", due: "2026-11-19" }]);
  });
});
