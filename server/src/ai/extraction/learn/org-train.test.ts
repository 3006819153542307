import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../transcripts/index";
import { extractLocally } from "../extract";
import { loadHoldouts } from "./corpus";
import { featuresOfEvidence } from "./item-features";
import { committedScorer, scorerFor } from "./model";
import { fitOrganization } from "./org-train";
import { modelHash } from "./train";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const MEETING = [
  "[00:00:01] Anna Berg: Välkomna. Vi går igenom skyltningen vid entrén i dag.",
  "[00:00:09] Erik Holm: Vi har två förslag, ett med ljusskyltar och ett med målade skyltar.",
  "[00:00:20] Anna Berg: Då bestämmer vi det: vi kör på de målade skyltarna.",
  "[00:00:31] Erik Holm: Jag tar det, jag beställer skyltarna senast fredag.",
  "",
].join("\n");

describe("an organisation's model", () => {
  const base = loadHoldouts(ROOT, ["holdout"]);
  const transcript = parseTranscript(MEETING);
  const found = extractLocally(transcript, { meetingDate: "2026-11-18" });
  const decision = found.decisions[0]!;
  const features = featuresOfEvidence(transcript, "2026-11-18", decision.evidence)!;
  const opts = { thresholds: committedScorer().thresholds, trainedOn: "test" };

  it("reads the features of an item's evidence sentence", () => {
    expect(features).toEqual(expect.arrayContaining(["bias", "r:rule_decision"]));
    expect(featuresOfEvidence(transcript, "2026-11-18", { segment: 2, quote: "not in the cue" })).toBeNull();
  });

  it("trains reproducibly: the same corpus, examples and seed give the same hash", () => {
    const examples = [{ kind: "decision" as const, features, label: 0 as const }];
    expect(modelHash(fitOrganization(base, examples, opts))).toBe(modelHash(fitOrganization(base, examples, opts)));
    expect(modelHash(fitOrganization(base, examples, opts))).not.toBe(modelHash(fitOrganization(base, [], opts)));
  });

  it("learns from its reviewers: rejections lower the probability of such sentences, acceptances raise it", () => {
    const without = scorerFor(fitOrganization(base, [], opts)).score(features)[0];
    const rejected = scorerFor(fitOrganization(base, [{ kind: "decision", features, label: 0 }], opts)).score(features)[0];
    const accepted = scorerFor(fitOrganization(base, [{ kind: "decision", features, label: 1 }], opts)).score(features)[0];
    expect(rejected).toBeLessThan(without);
    expect(accepted).toBeGreaterThan(without);
    // A verdict on decisions leaves the action classifier's training data alone.
    const actionWithout = scorerFor(fitOrganization(base, [], opts)).score(features)[1];
    const actionAfter = scorerFor(fitOrganization(base, [{ kind: "decision", features, label: 0 }], opts)).score(features)[1];
    expect(Math.abs(actionAfter - actionWithout)).toBeLessThan(0.2);
  });

  it("is used when handed in as data, the shipped model otherwise", () => {
    const model = fitOrganization(base, [{ kind: "decision", features, label: 0 }], opts);
    expect(extractLocally(transcript, { meetingDate: "2026-11-18" })).toEqual(found);
    expect(extractLocally(transcript, { meetingDate: "2026-11-18", model: null })).toEqual(found);
    // Short meetings stand on the rules alone (MIN_CUES), so the result is the same either way here.
    expect(extractLocally(transcript, { meetingDate: "2026-11-18", model }).decisions.map((d) => d.evidence.quote)).toEqual(found.decisions.map((d) => d.evidence.quote));
  });
});
