import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { ExtractionResult } from "../../ai/index";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import { ReviewState } from "../decisions/review-state";
import { readReviewSettings } from "../review/review-settings.store";
import { ExtractionRun, ExtractionRunStatus } from "./extraction-run.entity";
import { Transcript } from "./transcript.entity";
import { RunFailure, RunFailureCode } from "./transcript.errors";

export interface StoreTarget {
  orgId: string;
  meetingId: string;
  runId: string;
  transcriptId: string;
}

export interface StoredCounts {
  decisions: number;
  actionItems: number;
  /** Of the stored items, how many are suggestions (below the organisation's threshold). */
  suggested: number;
  ownersLinked: number;
  skippedAsHumanEdited: number;
  removedActionItemIds: string[];
  createdActionItemIds: string[];
}

/**
 * Items a machine made and nobody touched: the ones a new run may replace. A reviewed item
 * (accepted, corrected or rejected by a person) stays: a rejected one so that the rerun does not
 * bring it back (its quote is then skipped like a human-edited item's).
 */
export const replaceableWhere = (meetingId: string) => ({ meeting: meetingId, source: { $ne: "manual" }, editedByHuman: false, reviewedAt: null });

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const fold = (s: string) => s.trim().toLocaleLowerCase("sv");

/** Full name → the one user of the organisation with that name (case-insensitive); ambiguous names link nobody. */
async function usersByName(em: EntityManager, names: string[]): Promise<Map<string, User>> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (!wanted.length) return new Map();
  const users = await em.find(User, { active: true, $or: wanted.map((n) => ({ name: { $ilike: escapeLike(n) } })) });
  const byName = new Map<string, User[]>();
  for (const user of users) byName.set(fold(user.name), [...(byName.get(fold(user.name)) ?? []), user]);
  return new Map([...byName].filter(([, list]) => list.length === 1).map(([name, list]) => [name, list[0] as User]));
}

/**
 * Replaces a meeting's machine-made items with a run's result, in one transaction that also marks
 * the run SUCCEEDED. The meeting row is locked first: runs, consent withdrawal and brief
 * generation of one meeting are serialized, so two runs never interleave into duplicates.
 * Items a person edited (and manual ones) stay; a new item quoting the same words as a kept
 * human-edited item is skipped. Returns null when the run was deleted meanwhile (consent withdrawn).
 */
export async function storeExtraction(
  em: EntityManager,
  target: StoreTarget,
  result: ExtractionResult,
  /** Checked under the meeting lock before anything is written; throws to store nothing. */
  gate?: (tx: EntityManager) => Promise<void>,
): Promise<StoredCounts | null> {
  return em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, { id: target.meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const run = meeting ? await tx.findOne(ExtractionRun, { id: target.runId }, { refresh: true }) : null;
    if (!meeting || !run || run.status !== ExtractionRunStatus.RUNNING) return null;
    if (!(await tx.count(Transcript, { id: target.transcriptId }))) throw new RunFailure(RunFailureCode.TRANSCRIPT_MISSING);
    await gate?.(tx);

    const removed = await tx.find(ActionItem, replaceableWhere(meeting.id), { fields: ["id"] });
    await tx.nativeDelete(ActionItem, replaceableWhere(meeting.id));
    await tx.nativeDelete(Decision, replaceableWhere(meeting.id));

    const keptQuotes = async (entity: typeof Decision | typeof ActionItem) =>
      new Set((await tx.find(entity, { meeting: meeting.id, evidenceQuote: { $ne: null } }, { fields: ["evidenceQuote"] })).map((r) => r.evidenceQuote as string));
    const keptDecisionQuotes = await keptQuotes(Decision);
    const keptActionQuotes = await keptQuotes(ActionItem);
    const owners = await usersByName(tx, result.actionItems.map((a) => a.owner ?? ""));
    const organization = tx.getReference(Organization, target.orgId);
    // Below the organisation's threshold an item is a suggestion, not a fact, until a person reviews it.
    const { suggestionThreshold } = await readReviewSettings(tx, target.orgId);
    const common = (e: { evidence: { quote: string; segment: number; startMs: number }; confidence: number }) => ({
      organization,
      meeting,
      evidenceQuote: e.evidence.quote,
      evidenceSegment: e.evidence.segment,
      evidenceStartMs: e.evidence.startMs,
      source: result.source,
      confidence: e.confidence,
      reviewState: e.confidence < suggestionThreshold ? ReviewState.SUGGESTED : ReviewState.ACCEPTED,
    });

    let skipped = 0;
    const seen = new Set<string>();
    const fresh = (kept: Set<string>, kind: string, quote: string, text: string) => {
      if (kept.has(quote)) return (skipped++, false);
      const key = `${kind}\u0000${quote}\u0000${text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const decisions = result.decisions
      .filter((d) => fresh(keptDecisionQuotes, "d", d.evidence.quote, d.text))
      .map((d) => tx.create(Decision, { ...common(d), text: d.text }));
    const actions = result.actionItems
      .filter((a) => fresh(keptActionQuotes, "a", a.evidence.quote, a.text))
      .map((a) => {
        const owner = a.owner ? owners.get(fold(a.owner)) ?? null : null;
        return tx.create(ActionItem, { ...common(a), title: a.text, owner, ownerName: owner?.name ?? a.owner ?? null, dueDate: a.due });
      });

    Object.assign(run, {
      status: ExtractionRunStatus.SUCCEEDED,
      progress: 100,
      decisionCount: decisions.length,
      actionItemCount: actions.length,
      finishedAt: new Date(),
    });
    await tx.flush();
    return {
      decisions: decisions.length,
      actionItems: actions.length,
      suggested: [...decisions, ...actions].filter((x) => x.reviewState === ReviewState.SUGGESTED).length,
      ownersLinked: actions.filter((a) => a.owner).length,
      skippedAsHumanEdited: skipped,
      removedActionItemIds: removed.map((r) => r.id),
      createdActionItemIds: actions.map((a) => a.id),
    };
  });
}
