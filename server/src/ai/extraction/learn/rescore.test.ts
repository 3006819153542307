import { describe, expect, it } from "vitest";
import type { ExtractedActionItem, ExtractedDecision } from "../types";
import { assemble, type Prepared, type Scored } from "./rescore";

const evidence = (segment: number, quote: string) => ({ quote, segment, startMs: segment * 1000 });
const action = (segment: number, quote: string, owner: string | null, due: string | null, probability: number): Scored<ExtractedActionItem> => ({
  item: { text: quote, owner, due, evidence: evidence(segment, quote), confidence: probability },
  probability,
});
const decision = (segment: number, quote: string, probability: number): Scored<ExtractedDecision> => ({
  item: { text: quote, evidence: evidence(segment, quote), confidence: probability },
  probability,
});
const prepared = (p: Partial<Prepared>): Prepared => ({ rulesOnly: false, ruleDecisions: [], addedDecisions: [], ruleActions: [], addedActions: [], ...p });
const keepAll = { dropDecision: 0, addDecision: 0, dropAction: 0, addAction: 0 };
const quotes = (xs: { evidence: { quote: string } }[]) => xs.map((x) => x.evidence.quote);

describe("assemble: one task and one matter are quoted once", () => {
  it("keeps the dated one of the same owner's two quotes of a task a cue apart", () => {
    const out = assemble(
      prepared({
        ruleActions: [action(10, "Jag kan klippa.", "Farah Aziz", null, 0.9), action(11, "Ja, jag klipper det till sena sändningen ikväll.", "Farah Aziz", "2026-10-01", 0.6)],
      }),
      keepAll,
    );
    expect(quotes(out.actionItems)).toEqual(["Ja, jag klipper det till sena sändningen ikväll."]);
    const twoApart = [action(10, "Jag kan klippa.", "Farah Aziz", null, 0.9), action(12, "Jag klipper till ikväll.", "Farah Aziz", "2026-10-01", 0.6)];
    expect(quotes(assemble(prepared({ ruleActions: twoApart }), keepAll).actionItems)).toEqual(["Jag klipper till ikväll."]);
    const threeApart = [action(10, "Jag kan klippa.", "Farah Aziz", null, 0.9), action(13, "Jag klipper till ikväll.", "Farah Aziz", "2026-10-01", 0.6)];
    expect(quotes(assemble(prepared({ ruleActions: threeApart }), keepAll).actionItems)).toHaveLength(2);
  });

  it("keeps two tasks of one cue that share no words, other owners' tasks, and the same owner's task further away", () => {
    const items = [
      action(5, "Jag skickar protokollet till nämnden.", "Anna Berg", null, 0.8),
      action(5, "Jag bokar lokalen för workshopen.", "Anna Berg", null, 0.8),
      action(6, "Jag ringer leverantören om fakturan.", "Erik Holm", null, 0.7),
      action(9, "Jag skickar protokollet till nämnden igen.", "Anna Berg", null, 0.7),
    ];
    expect(quotes(assemble(prepared({ ruleActions: items }), keepAll).actionItems)).toEqual(quotes(items.map((x) => x.item)));
  });

  it("keeps the likelier of two decisions on the same words within six cues, and both when further apart or on other words", () => {
    const near = [decision(20, "Jag föreslår att vi väljer leverantör B för driften.", 0.4), decision(24, "Då väljer vi leverantör B.", 0.8)];
    expect(quotes(assemble(prepared({ ruleDecisions: near }), keepAll).decisions)).toEqual(["Då väljer vi leverantör B."]);
    const edge = [decision(20, "Vi väljer leverantör B för driften.", 0.8), decision(26, "Leverantör B får också supporten.", 0.7)];
    expect(quotes(assemble(prepared({ ruleDecisions: edge }), keepAll).decisions)).toEqual(["Vi väljer leverantör B för driften."]);
    const apart = [decision(20, "Vi väljer leverantör B för driften.", 0.8), decision(27, "Leverantör B får också supporten.", 0.7)];
    expect(quotes(assemble(prepared({ ruleDecisions: apart }), keepAll).decisions)).toHaveLength(2);
    const other = [decision(20, "Vi väljer leverantör B för driften.", 0.8), decision(22, "Budgetramen ligger kvar som i år.", 0.7)];
    expect(quotes(assemble(prepared({ ruleDecisions: other }), keepAll).decisions)).toHaveLength(2);
  });
});
