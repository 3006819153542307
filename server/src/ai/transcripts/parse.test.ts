import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TranscriptError, TranscriptErrorCode, detectFormat, parseTranscript } from "./index";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
/** Latin-1 range text as Windows-1252 bytes, the way old Windows tools save Swedish. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

function expectError(input: Uint8Array | string, code: TranscriptErrorCode, maxBytes?: number) {
  try {
    parseTranscript(input, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).code).toBe(code);
    expect((error as TranscriptError).userMessage).toMatch(/[åäöÅÄÖ]|transkribering/i);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe("parseTranscript: Teams WebVTT", () => {
  it("reads voice tags without cue ids, joins multi-line cues and keeps consecutive cues", () => {
    const t = parseTranscript(fixture("sv-styrgrupp.vtt"));
    expect(t.format).toBe("teams-vtt");
    expect(t.participants).toEqual(["Karl Nordin", "Lisa Ek", "Jonas Berg", "Sanna Lind"]);
    expect(t.segments[1]).toEqual({
      index: 1,
      speaker: "Lisa Ek",
      startMs: 6000,
      endMs: 12000,
      text: "Vi har fått tillbaka siffrorna från ekonomi. Vi ligger ungefär två miljoner över.",
    });
    expect(t.segments.filter((s) => s.speaker === "Karl Nordin").length).toBeGreaterThan(5);
    expect(t.segments.every((s, i) => s.index === i)).toBe(true);
  });

  it("reads cue ids, BOM, CRLF, entities and several voices in one cue", () => {
    const vtt =
      "\uFEFFWEBVTT\r\n\r\nNOTE exported\r\n\r\nabc-123/1-0\r\n00:00:01.500 --> 00:00:03.000 align:start\r\n<v Anna Berg>Hej &amp; välkomna.</v>\r\n\r\n" +
      "abc-123/2-0\r\n00:01:02.000 --> 00:01:04.250\r\n<v.loud Erik Lund>Ja.</v> <v Anna Berg>Bra.</v>\r\n";
    const t = parseTranscript(vtt);
    expect(t.format).toBe("teams-vtt");
    expect(t.segments.map((s) => [s.speaker, s.text, s.startMs])).toEqual([
      ["Anna Berg", "Hej & välkomna.", 1500],
      ["Erik Lund", "Ja.", 62000],
      ["Anna Berg", "Bra.", 62000],
    ]);
  });
});

describe("parseTranscript: Zoom WebVTT and SRT", () => {
  it("reads Zoom 'Name: text' cues and gives unlabelled cues to the previous speaker", () => {
    const vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nKarin Sjöberg: Okay, let's start.\n\n2\n00:00:02.500 --> 00:00:04.000\nand continue here.\n\n3\n00:00:05.000 --> 00:00:06.000\nPriya Raman: Yes: fine.\n";
    const t = parseTranscript(vtt);
    expect(t.format).toBe("zoom-vtt");
    expect(t.segments.map((s) => [s.speaker, s.text])).toEqual([
      ["Karin Sjöberg", "Okay, let's start."],
      ["Karin Sjöberg", "and continue here."],
      ["Priya Raman", "Yes: fine."],
    ]);
  });

  it("reads SRT with comma milliseconds and multi-line text", () => {
    const t = parseTranscript(fixture("en-release.srt"));
    expect(t.format).toBe("srt");
    expect(t.participants).toEqual(["Grace Miller", "Tom Baker", "Nina Patel"]);
    expect(t.segments[9]?.text).toBe("I'll update the release notes and send them to the customer by end of next week.");
    expect(t.segments[9]?.startMs).toBe(34000);
    expect(t.segments[9]?.endMs).toBe(39000);
  });
});

describe("parseTranscript: plain text", () => {
  it("reads a header, expands first-name labels to full names and keeps the header date", () => {
    const t = parseTranscript(fixture("mixed-standup.txt"));
    expect(t.format).toBe("text");
    expect(t.meetingDate).toBe("2026-09-01");
    expect(t.participants).toEqual(["Oskar Strand", "Maja Kask", "Ali Haddad"]);
    expect(t.segments[0]).toMatchObject({ speaker: "Oskar Strand", startMs: 5000, endMs: 10000, text: "Hej allihopa, kort standup idag." });
  });

  it("reads a roster under an empty participant key, with header fields above it", () => {
    const t = parseTranscript(
      "Styrgruppsmöte\nDatum: 2026-10-05\nKanal: Zoom, antecknat av Pia\nDeltagare:\n" +
        "Pia – Pia Lundqvist, samordnare, regionen\n- Bo Sand (controller)\n\n" +
        "Pia: Välkomna.\nBo: Jag skickar siffrorna.\n",
    );
    expect(t.participants).toEqual(["Pia Lundqvist", "Bo Sand"]);
    expect(t.segments.map((s) => s.speaker)).toEqual(["Pia Lundqvist", "Bo Sand"]);
  });

  it("reads lines without timestamps and continuation lines", () => {
    const t = parseTranscript("Anna Berg: Hej.\nfortsättning på raden\nErik Lund: Beslut: vi kör.\n");
    expect(t.segments.map((s) => [s.speaker, s.text, s.startMs])).toEqual([
      ["Anna Berg", "Hej. fortsättning på raden", 0],
      ["Erik Lund", "Beslut: vi kör.", 0],
    ]);
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const t = parseTranscript(cp1252("Åsa Öberg: Vi ses på måndag, även Jörgen.\r\nJörgen Ek: Självklart.\r\n"));
    expect(t.participants).toEqual(["Åsa Öberg", "Jörgen Ek"]);
    expect(t.segments[0]?.text).toBe("Vi ses på måndag, även Jörgen.");
  });

  it("reads UTF-16 with a byte order mark", () => {
    const text = "Anna Berg: Hej på er.\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      bytes[2 + i * 2] = c.charCodeAt(0) & 0xff;
      bytes[3 + i * 2] = c.charCodeAt(0) >> 8;
    });
    expect(parseTranscript(bytes).segments[0]?.text).toBe("Hej på er.");
  });
});

describe("detectFormat", () => {
  it.each([
    ["WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A B>x</v>", "teams-vtt"],
    ["WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nA B: x", "zoom-vtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nA B: x", "srt"],
    ["[00:00:01] A B: x", "text"],
  ])("%j → %s", (text, format) => expect(detectFormat(text)).toBe(format));
});

describe("parseTranscript: bad input", () => {
  it("rejects empty input", () => expectError(new Uint8Array(), TranscriptErrorCode.EMPTY));
  it("rejects whitespace and a lone BOM", () => expectError("\uFEFF  \r\n\t\n", TranscriptErrorCode.EMPTY));
  it("rejects a WebVTT file without cues", () => expectError("WEBVTT\n\nNOTE nothing here\n", TranscriptErrorCode.EMPTY));
  it("rejects binary data", () => expectError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), TranscriptErrorCode.BINARY));
  it("rejects text full of control characters", () => expectError("\u0001\u0002\u0003\u0004 abc \u0005\u0006", TranscriptErrorCode.BINARY));
  it("rejects input over the size cap before decoding it", () =>
    expectError(new Uint8Array(2048).fill(0x61), TranscriptErrorCode.TOO_LARGE, 1024));
  it("takes diarised labels (Talare 2, Speaker 1, SPEAKER_00) as speakers, not numbered headings", () => {
    const parsed = parseTranscript("Talare 1: Hej.\nSpeaker 2: Hi.\nSPEAKER_00: Okej.\nPunkt 3: budgeten\n", { format: "text" });
    expect([...new Set(parsed.segments.map((s) => s.speaker))]).toEqual(["Talare 1", "Speaker 2", "SPEAKER_00"]);
    expect(parsed.segments.at(-1)!.text).toContain("Punkt 3: budgeten");
  });

  it("rejects text without speakers", () => expectError("bara lite text\nutan några talare\n", TranscriptErrorCode.NO_SPEAKERS));
  it("rejects subtitles without speakers", () =>
    expectError("1\n00:00:01,000 --> 00:00:02,000\nhello there\n", TranscriptErrorCode.NO_SPEAKERS));

  it("never throws anything but TranscriptError, whatever the bytes", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 256));
      try {
        parseTranscript(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(TranscriptError);
      }
    }
  });
});

describe("parseTranscript on hostile input", () => {
  // Each of these used to cost quadratic time in a regular expression (minutes at 1 MB). The
  // test's timeout is the guard; the assertions say what the user gets back.
  it("answers unclosed voice tags in linear time", () => {
    expect(() => parseTranscript("WEBVTT\n\n" + "<v ".repeat(350_000), { maxBytes: 2_000_000 })).toThrow(TranscriptError);
    const oneCue = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + "<v Anna ".repeat(120_000);
    expect(() => parseTranscript(oneCue, { maxBytes: 2_000_000 })).not.toThrow(RangeError);
  });

  it("refuses more segments than one analysis may take, with its own code", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Anna Berg: Replik nummer ${i}.`).join("\n");
    try {
      parseTranscript(lines, { maxSegments: 20 });
      expect.unreachable();
    } catch (error) {
      expect((error as TranscriptError).code).toBe("TRANSCRIPT_TOO_MANY_SEGMENTS");
    }
  });
});
