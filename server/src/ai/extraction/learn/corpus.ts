import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseTranscript } from "../../transcripts/index";
import { analyse, type Analysis } from "../extract";
import { normalizeForMatching } from "../sentences";

/** A labelled meeting the model learns from (or is scored on). */
export interface Labelled {
  id: string;
  /** w1…w6 for the corpus, "holdout" for the older regression sets. */
  writer: string;
  gold: Gold;
  raw: string;
  analysis: Analysis;
  /** Per row of `analysis.rows`: [is decision evidence, is action evidence]. */
  labels: [number, number][];
}

export interface GoldItem {
  text: string;
  evidence: string;
  owner?: string | null;
  due?: string | null;
}
export interface Gold {
  id: string;
  meetingDate: string;
  decisions: GoldItem[];
  actionItems: GoldItem[];
}

const fixtures = (root: string) => join(root, "server/src/ai/fixtures");
export const HOLDOUT_SETS = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5"] as const;

const plain = (s: string) => s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Row labels: a sentence is positive when it overlaps a gold item's evidence in the same cue. */
function label(a: Analysis, gold: Gold): [number, number][] {
  const spans = (items: GoldItem[]) => {
    const out = new Map<number, [number, number][]>();
    for (const item of items) {
      const ev = item.evidence;
      const u = a.dialogue.utterances.findIndex((x) => x.segment.text.includes(ev)) ;
      const at = u >= 0 ? u : a.dialogue.utterances.findIndex((x) => plain(x.segment.text).includes(plain(ev)));
      if (at < 0) continue;
      const text = a.dialogue.utterances[at]?.segment.text ?? "";
      let start = text.indexOf(ev);
      if (start < 0) start = normalizeForMatching(text).indexOf(normalizeForMatching(ev).slice(0, 20));
      const span: [number, number] = start >= 0 ? [start, start + ev.length] : [0, text.length];
      out.set(at, [...(out.get(at) ?? []), span]);
    }
    return out;
  };
  const dec = spans(gold.decisions);
  const act = spans(gold.actionItems);
  const hit = (m: Map<number, [number, number][]>, u: number, s: { start: number; end: number }) =>
    m.get(u)?.some(([x, y]) => s.start < y && s.end > x) ? 1 : 0;
  return a.rows.map((r) => [hit(dec, r.utterance, r.sentence), hit(act, r.utterance, r.sentence)]);
}

export function loadMeeting(dir: string, file: string, writer: string): Labelled {
  const gold = JSON.parse(readFileSync(join(dir, `${file}.json`), "utf8")) as Gold;
  const transcript = readdirSync(dir).find((x) => x.startsWith(`${file}.`) && !x.endsWith(".json"));
  if (!transcript) throw new Error(`no transcript for ${file} in ${dir}`);
  const bytes = readFileSync(join(dir, transcript));
  const analysis = analyse(parseTranscript(bytes), gold.meetingDate);
  return { id: gold.id, writer, gold, raw: bytes.toString("utf8"), analysis, labels: label(analysis, gold) };
}

/** The corpus meetings of one slice of manifest.json ("train" for learning, "test" only for the one final score). */
export function loadSlice(root: string, slice: "train" | "test"): Labelled[] {
  const corpus = join(fixtures(root), "corpus");
  const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Record<string, unknown>;
  const ids = manifest[slice] as string[];
  return ids.map((id) => {
    const [writer, file] = id.split("/") as [string, string];
    return loadMeeting(join(corpus, writer), file, writer);
  });
}

/** The older regression sets (holdout…holdout5): always part of the training data. */
export function loadHoldouts(root: string, sets: readonly string[] = HOLDOUT_SETS): Labelled[] {
  return sets.flatMap((set) => {
    const dir = join(fixtures(root), set);
    return readdirSync(dir)
      .filter((f) => /\.json$/.test(f))
      .sort()
      .map((f) => loadMeeting(dir, f.replace(/\.json$/, ""), "holdout"));
  });
}
