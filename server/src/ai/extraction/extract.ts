import type { Transcript } from "../transcripts/types";
import { extractActionItems } from "./actions";
import { parseIsoDate } from "./calendar";
import { extractDecisions } from "./decisions";
import { buildDialogue, People, type Dialogue } from "./dialogue";
import { findEventDates } from "./due-dates";
import { sentenceRows, type SentenceRow } from "./learn/features";
import { committedScorer, scorerFor, type ExtractionModel, type Scorer, type Thresholds } from "./learn/model";
import { assemble, prepare, type Prepared } from "./learn/rescore";
import { actionTitle, decisionStatement } from "./titles";
import type { ExtractedActionItem, ExtractedDecision, ExtractionResult, ExtractOptions } from "./types";

/** Bump on any rule or model change: stored items record which extractor produced them. */
export const LOCAL_EXTRACTOR_VERSION = "0.7.1";
export const LOCAL_EXTRACTOR_SOURCE = `local-heuristic@${LOCAL_EXTRACTOR_VERSION}`;

/** One meeting read by the rules, with the classifier's view of every sentence. */
export interface Analysis {
  dialogue: Dialogue;
  people: People;
  meetingDate: string;
  events: Map<string, string>;
  rows: SentenceRow[];
  decisions: ExtractedDecision[];
  actionItems: ExtractedActionItem[];
}

export function analyse(transcript: Transcript, meetingDate: string): Analysis {
  if (!parseIsoDate(meetingDate)) throw new RangeError(`meetingDate must be YYYY-MM-DD, got "${meetingDate}"`);
  const dialogue = buildDialogue(transcript);
  const people = new People(transcript.participants);
  const events = findEventDates(
    dialogue.utterances.flatMap((u) => u.sentences.map((s) => s.text)),
    meetingDate,
  );
  const decisions = extractDecisions(dialogue, people, meetingDate);
  const actionItems = extractActionItems(dialogue, people, { dialogue, meetingDate, events });
  const rows = sentenceRows(dialogue, people, meetingDate, events, {
    decisions: decisions.map((x) => x.evidence),
    actions: actionItems.map((x) => x.evidence),
  });
  return { dialogue, people, meetingDate, events, rows, decisions, actionItems };
}

export function prepareAnalysis(a: Analysis, scorer: Scorer): Prepared {
  return prepare(a.dialogue, a.people, { dialogue: a.dialogue, meetingDate: a.meetingDate, events: a.events }, a.rows, scorer, a.decisions, a.actionItems);
}

/** The kept items with their task titles and normalised decision statements. */
export function finish(a: Analysis, prepared: Prepared, thresholds: Thresholds): Pick<ExtractionResult, "decisions" | "actionItems"> {
  const { decisions, actionItems } = assemble(prepared, thresholds);
  return {
    decisions: decisions.map((x) => ({ ...x, text: decisionStatement(x.evidence.quote) })),
    actionItems: actionItems.map((x) => {
      const speaker = a.dialogue.utterances[x.evidence.segment]?.segment.speaker ?? null;
      // "Jag tar det.": the task is named in the cue before, by whoever asked.
      const before = a.dialogue.utterances.slice(Math.max(0, x.evidence.segment - 3), x.evidence.segment).reverse().find((u) => u.segment.speaker !== speaker);
      return { ...x, text: actionTitle(x.evidence.quote, speaker, x.owner, a.people, before?.segment.text) };
    }),
  };
}

/**
 * Deterministic, offline extraction of decisions and action items from a parsed transcript: the
 * rules propose, the committed classifier (learn/model.json) drops weak proposals and adds what
 * the rules missed. Same transcript and meeting date → same result, byte for byte.
 */
export function extractLocally(transcript: Transcript, options: ExtractOptions, scorer: Scorer = options.model ? scorerOf(options.model) : committedScorer()): ExtractionResult {
  const a = analyse(transcript, options.meetingDate);
  return { source: LOCAL_EXTRACTOR_SOURCE, participants: [...transcript.participants], ...finish(a, prepareAnalysis(a, scorer), scorer.thresholds) };
}

// An organisation's model arrives as data on every run; its scorer is built once per model object.
const scorers = new WeakMap<ExtractionModel, Scorer>();
function scorerOf(model: ExtractionModel): Scorer {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = scorerFor(model)));
  return scorer;
}
