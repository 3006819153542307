import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../transcripts/index";
import { analyse, extractLocally } from "../extract";
import { loadMeeting } from "./corpus";
import { committedScorer, type ExtractionModel } from "./model";
import { DEFAULT_TRAIN } from "./logistic";
import { fit, modelHash } from "./train";

const exchange = [
  "WEBVTT",
  "",
  "00:00:01.000 --> 00:00:04.000",
  "<v Anna Berg>Välkomna. Ska vi köra på alternativ två för skyltningen?</v>",
  "",
  "00:00:05.000 --> 00:00:06.000",
  "<v Erik Holm>Ja.</v>",
  "",
  "00:00:07.000 --> 00:00:10.000",
  "<v Anna Berg>Då kör vi på alternativ två. Erik, kan du beställa skyltarna?</v>",
  "",
  "00:00:11.000 --> 00:00:13.000",
  "<v Erik Holm>Absolut, jag beställer dem senast fredag.</v>",
  "",
].join("\n");

describe("the extraction model", () => {
  it("extracts lexical, dialogue and rule features on a hand-made exchange", () => {
    const a = analyse(parseTranscript(exchange), "2026-11-18");
    const row = (text: string) => a.rows.find((r) => r.sentence.text === text)?.features ?? [];
    const ruling = row("Då kör vi på alternativ två.");
    expect(ruling).toEqual(expect.arrayContaining(["w:kör", "b:kör_vi", "f:då", "d:chair", "d:mandate", "r:decision_marker", "r:rule_decision"]));
    expect(row("Ska vi köra på alternativ två för skyltningen?")).toEqual(expect.arrayContaining(["s:question", "d:next_short_confirm", "p:välkomna"]));
    const promise = row("Absolut, jag beställer dem senast fredag.");
    expect(promise).toEqual(expect.arrayContaining(["d:prev_cue_question", "s:due_date", "r:commit", "r:rule_action"]));
    expect(promise).not.toContain("d:chair");
  });

  it("reads how a sentence sits in the talk: restatement, confirmations, the reply, the statement's shape", () => {
    const talk = [
      "[00:00:01] Anna Berg: Välkomna. Första punkten är skyltningen vid entrén.",
      "[00:00:05] Erik Holm: Jag föreslår målade skyltar, de håller längre.",
      "[00:00:09] Sara Lind: Målade skyltar blir billigare också.",
      "[00:00:13] Anna Berg: Då kör vi målade skyltar vid entrén.",
      "[00:00:16] Erik Holm: Ja.",
      "[00:00:18] Sara Lind: Bra, uppfattat.",
      "[00:00:21] Erik Holm: Kan du beställa dem, Sara?",
      "[00:00:24] Sara Lind: Ja, det gör jag.",
      "",
    ].join("\n");
    const a = analyse(parseTranscript(talk), "2026-11-18");
    const row = (text: string) => a.rows.find((r) => r.sentence.text === text)?.features ?? [];
    const ruling = row("Då kör vi målade skyltar vid entrén.");
    // Restates the two proposals before it (two of its three content stems), two confirmations
    // follow, the reply is a short "Ja.", two others spoke before; said by the chair, so each also
    // counts on its own ("M…"); "Då kör vi" is a "Då…" opening in inverted order.
    expect(ruling).toEqual(expect.arrayContaining(["o:b2", "o:a0", "cn:2", "rf:ja", "rf:short", "ds:2", "Mo:b2", "Mcn:2", "g:inverted_vi", "g:so_then", "Mg:so_then"]));
    expect(row("Ja.")).toEqual(expect.arrayContaining(["o:none", "rf:acknowledges"]));
    expect(row("Jag föreslår målade skyltar, de håller längre.")).toEqual(expect.arrayContaining(["g:proposal"]));
    expect(row("Jag föreslår målade skyltar, de håller längre.").some((f) => f.startsWith("M"))).toBe(false);
    expect(row("Ja, det gör jag.")).toEqual(expect.arrayContaining(["a:prev_request", "a:prev_q", "a:content0", "rf:none"]));
  });

  it("reads negations as such, words as words, and a recap only where it restates", () => {
    const talk = [
      "[00:00:01] Anna Berg: Välkomna. Vi tar budgeten för kulturskolan först.",
      "[00:00:05] Erik Holm: Vi rör inte systemen i år.",
      "[00:00:09] Sara Lind: Jag förstår inte varför.",
      "[00:00:13] Anna Berg: Inte tre lärare, utan två.",
      "[00:00:16] Erik Holm: Det är inte rimligt.",
      "[00:00:19] Anna Berg: Två lärare då.",
      "[00:00:22] Sara Lind: Uppfattat.",
      "[00:00:25] Anna Berg: Bibliotekets fönsterputsning ersätts helt.",
      "",
    ].join("\n");
    const a = analyse(parseTranscript(talk), "2026-11-18");
    const row = (text: string) => a.rows.find((r) => r.sentence.text === text)?.features ?? [];
    // Replies that object are not acknowledgements; "Uppfattat." is.
    expect(row("Vi rör inte systemen i år.")).not.toContain("rf:acknowledges");
    expect(row("Inte tre lärare, utan två.")).not.toContain("rf:acknowledges");
    expect(row("Två lärare då.")).toContain("rf:acknowledges");
    // "men" inside "systemen" is no contrast; "inte tre, utan två" is.
    expect(row("Vi rör inte systemen i år.")).not.toContain("g:contrast");
    expect(row("Inte tre lärare, utan två.")).toContain("g:contrast");
    // The last cue is in the meeting's tail, but its words come back nowhere else in it.
    expect(row("Bibliotekets fönsterputsning ersätts helt.")).toContain("rc:t0");
  });

  it("trains deterministically: the same seed gives the same weights hash", () => {
    const dir = new URL("../../fixtures/holdout/", import.meta.url).pathname;
    const meetings = ["h01", "h02", "h03"].map((id) => loadMeeting(dir, id, "holdout"));
    const options = { ...DEFAULT_TRAIN, epochs: 3, thresholds: { dropDecision: 0.1, addDecision: 0.6, dropAction: 0.1, addAction: 0.6 }, trainedOn: "test" };
    const first = modelHash(fit(meetings, options));
    expect(modelHash(fit(meetings, options))).toBe(first);
    expect(modelHash(fit(meetings, { ...options, seed: options.seed + 7 }))).not.toBe(first);
  });

  it("inference loads the committed model, which stays small", () => {
    const raw = readFileSync(new URL("./model.json", import.meta.url), "utf8");
    const model = JSON.parse(raw) as ExtractionModel;
    expect(raw.length).toBeLessThan(1024 * 1024);
    expect(model.weights.bias).toBeDefined();
    const scorer = committedScorer();
    expect(scorer.thresholds).toEqual(model.thresholds);
    const [decision, action] = scorer.score(["bias", "r:rule_decision", "r:decision_marker"]);
    expect(decision).toBeGreaterThan(action);
  });

  it("gives task titles and is deterministic end to end", () => {
    const first = extractLocally(parseTranscript(exchange), { meetingDate: "2026-11-18" });
    expect(extractLocally(parseTranscript(exchange), { meetingDate: "2026-11-18" })).toEqual(first);
    expect(first.actionItems.map((x) => [x.owner, x.due, x.text])).toEqual([["Erik Holm", "2026-11-20", "Beställa dem"]]);
  });
});
