import { describe, expect, it } from "vitest";
import type { Transcript, TranscriptSegment } from "../transcripts/types";
import { chunkCues } from "./chunking";
import { emptyCounts, groundOutput, isIsoDate, mapOwner, mergeItems, normalizeQuote } from "./grounding";

const cue = (index: number, text = `Cue ${index} says something.`, speaker = "Anna Berg"): TranscriptSegment => ({ index, speaker, startMs: index * 1000, endMs: index * 1000 + 900, text });
const cues = (n: number) => Array.from({ length: n }, (_, i) => cue(i));
const ranges = (chunks: { start: number; end: number }[]) => chunks.map((c) => [c.start, c.end]);

describe("chunkCues", () => {
  it("keeps a short meeting in one part", () => {
    expect(chunkCues(cues(5), () => 10, { maxChars: 1000, overlapCues: 3 })).toEqual([{ start: 0, end: 5, repeated: 0 }]);
  });

  it("cuts by budget and repeats the last N cues at the start of the next part", () => {
    const chunks = chunkCues(cues(20), () => 100, { maxChars: 500, overlapCues: 2 });
    expect(ranges(chunks)).toEqual([[0, 5], [3, 8], [6, 11], [9, 14], [12, 17], [15, 20]]);
    expect(chunks.slice(1).every((c) => c.repeated === 2)).toBe(true);
    // Every cue is in some part, and each part brings new cues.
    expect(new Set(chunks.flatMap((c) => Array.from({ length: c.end - c.start }, (_, i) => c.start + i))).size).toBe(20);
  });

  it("sends an over-long cue alone and always makes progress, even when the overlap is as large as a part", () => {
    const costs = [100, 5000, 100, 100, 100];
    const chunks = chunkCues(cues(5), (s) => costs[s.index] ?? 0, { maxChars: 250, overlapCues: 5 });
    expect(ranges(chunks)).toEqual([[0, 1], [1, 2], [2, 4], [3, 5]]);
    expect(chunkCues([], () => 1, { maxChars: 10, overlapCues: 1 })).toEqual([]);
  });
});

const transcript: Transcript = {
  format: "text",
  participants: ["Anna Berg", "Erik Lund", "Erik Sjöberg", "Lena Holm"],
  segments: [cue(0, "Då bestämmer vi det: vi kör i januari."), cue(1, "Jag skickar protokollet imorgon. Och jag bokar lokalen.", "Erik Lund"), cue(2, "Lena, kan du ringa Per?")],
};

describe("grounding a model's answer", () => {
  it("keeps exact quotes of the cited cue (whitespace normalised only) and drops and counts the rest", () => {
    const counts = emptyCounts();
    const out = groundOutput(
      {
        decisions: [
          { text: "Vi kör i januari.", quote: "  vi kör\n i januari ", segment: 0, confidence: 0.9 },
          { text: "Fel cue", quote: "vi kör i januari", segment: 1 },
          { text: "Annat skiftläge", quote: "Vi kör i januari", segment: 0 },
          { text: "Omskrivet", quote: "vi kör i jan", segment: 0, confidence: null },
          { text: "Utanför delen", quote: "Lena, kan du ringa Per?", segment: 2 },
        ],
        actionItems: [],
      },
      transcript,
      { start: 0, end: 2 },
      counts,
    );
    expect(out.decisions).toEqual([
      { text: "Vi kör i januari.", evidence: { quote: "vi kör i januari", segment: 0, startMs: 0 }, confidence: 0.9 },
      { text: "Omskrivet", evidence: { quote: "vi kör i jan", segment: 0, startMs: 0 }, confidence: 0.7 },
    ]);
    // Wrong cue, wrong case and a cue outside the part the model was shown: invented.
    expect(counts.inventedQuotesDropped).toBe(3);
  });

  it("maps owners to participants and keeps only real ISO due dates", () => {
    const counts = emptyCounts();
    const item = (owner: string | null, due: string | null) => ({ text: "Skicka protokollet", owner, due, quote: "Jag skickar protokollet imorgon.", segment: 1, confidence: 2 });
    const out = groundOutput({ decisions: [], actionItems: [item("erik lund", "2026-11-19"), item("Lena", "2026-02-30"), item("Erik", "fredag"), item("Holm", null), item("Per Persson", "")] }, transcript, { start: 0, end: 3 }, counts);
    expect(out.actionItems.map((a) => [a.owner, a.due, a.confidence])).toEqual([
      ["Erik Lund", "2026-11-19", 1],
      ["Lena Holm", null, 1],
      [null, null, 1],
      ["Lena Holm", null, 1],
      [null, null, 1],
    ]);
    expect(counts).toEqual({ inventedQuotesDropped: 0, ownersUnmapped: 2, invalidDueDates: 2 });
  });

  it("checks dates and names strictly", () => {
    expect(["2026-11-19", "2028-02-29"].every(isIsoDate)).toBe(true);
    expect(["2026-13-01", "2027-02-29", "2026-11-19T00:00", "19/11/2026", ""].some(isIsoDate)).toBe(false);
    expect(mapOwner("Erik", transcript.participants)).toBeNull(); // two Eriks
    expect(mapOwner("  ANNA   berg ", transcript.participants)).toBe("Anna Berg");
    expect(normalizeQuote(" a\t b\n")).toBe("a b");
  });
});

describe("mergeItems", () => {
  const item = (segment: number, quote: string, confidence: number, text = quote) => ({ text, evidence: { quote, segment, startMs: segment * 1000 }, confidence });

  it("merges same-cue overlapping quotes into the more confident one, and keeps distinct items", () => {
    const { items, merged } = mergeItems(
      [
        item(1, "Jag skickar protokollet imorgon.", 0.5, "Skicka protokollet (del 1)"),
        item(1, "Och jag bokar lokalen.", 0.6, "Boka lokalen"),
        item(0, "vi kör i januari", 0.8),
        item(1, "skickar protokollet", 0.9, "Skicka protokollet (del 2)"),
        item(1, "Jag skickar protokollet imorgon.", 0.9, "Skicka protokollet (del 3, same confidence: the earlier stays)"),
        item(2, "Lena, kan du ringa Per?", 0.7),
        item(0, "vi kör i januari", 0.3, "a weaker twin"),
      ],
      transcript,
    );
    expect(merged).toBe(3);
    expect(items.map((i) => [i.evidence.segment, i.text, i.confidence])).toEqual([
      [0, "vi kör i januari", 0.8],
      [1, "Skicka protokollet (del 2)", 0.9],
      [1, "Boka lokalen", 0.6],
      [2, "Lena, kan du ringa Per?", 0.7],
    ]);
  });

  it("never merges across cues, even for the same words", () => {
    const twoCues: Transcript = { ...transcript, segments: [cue(0, "Ja."), cue(1, "Ja.")] };
    expect(mergeItems([item(0, "Ja.", 0.5), item(1, "Ja.", 0.5)], twoCues).merged).toBe(0);
  });
});
