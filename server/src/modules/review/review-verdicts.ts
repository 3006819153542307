import type { EntityManager } from "@mikro-orm/postgresql";
import { featuresOfEvidence } from "../../ai/index";
import type { Principal } from "../../platform/auth";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { todayInStockholm } from "../../platform/validation";
import { ActionItem } from "../decisions/action-item.entity";
import type { Decision } from "../decisions/decision.entity";
import { ReviewState } from "../decisions/review-state";
import { Meeting } from "../meetings/meeting.entity";
import { parseStored } from "../transcripts/consent-gate";
import { Transcript } from "../transcripts/transcript.entity";
import { LabelledExample, ReviewItemKind, ReviewVerdictLabel } from "./labelled-example.entity";

/**
 * The features the local model saw in the sentence the item quotes, from the meeting's stored
 * transcript (speaker map applied, as extraction parsed it). Null when there is no transcript
 * (withdrawn) or no evidence: the example is still stored, and training skips it.
 */
export async function evidenceFeatures(tx: EntityManager, item: Decision | ActionItem): Promise<string[] | null> {
  if (item.evidenceQuote == null || item.evidenceSegment == null) return null;
  const transcript = await tx.findOne(Transcript, { meeting: item.meeting.id }, { populate: ["text"], orderBy: { createdAt: "desc" } });
  if (!transcript) return null;
  const meeting = await tx.findOne(Meeting, { id: item.meeting.id }, { fields: ["startsAt"] });
  if (!meeting) return null;
  try {
    return featuresOfEvidence(parseStored(transcript), todayInStockholm(meeting.startsAt), { segment: item.evidenceSegment, quote: item.evidenceQuote });
  } catch {
    return null;
  }
}

const kindOf = (item: Decision | ActionItem) => (item instanceof ActionItem ? ReviewItemKind.ACTION_ITEM : ReviewItemKind.DECISION);
const textOf = (item: Decision | ActionItem) => (item instanceof ActionItem ? item.title : item.text);

/**
 * A person's verdict on a suggestion, inside the caller's transaction (the meeting row is locked):
 * the item's review state and reviewer, and one labelled example (replacing an earlier verdict's).
 * `suggestedText` is the machine's wording (for an edit, the text before the person changed it).
 */
export async function recordVerdict(
  tx: EntityManager,
  principal: Principal,
  item: Decision | ActionItem,
  verdict: ReviewVerdictLabel,
  /** `features`: computed beforehand (outside the meeting lock) by evidenceFeatures; read now when left out. */
  opts: { suggestedText?: string; finalText?: string | null; now?: Date; features?: string[] | null } = {},
): Promise<void> {
  const now = opts.now ?? new Date();
  item.reviewState = verdict === ReviewVerdictLabel.ACCEPT ? ReviewState.ACCEPTED : verdict === ReviewVerdictLabel.EDIT ? ReviewState.EDITED : ReviewState.REJECTED;
  item.reviewedAt = now;
  item.reviewedBy = tx.getReference(User, principal.userId);
  const features = opts.features !== undefined ? opts.features : await evidenceFeatures(tx, item);
  const existing = await tx.findOne(LabelledExample, { itemId: item.id });
  if (existing) tx.remove(existing);
  if (existing) await tx.flush();
  tx.create(LabelledExample, {
    organization: tx.getReference(Organization, principal.orgId),
    meeting: tx.getReference(Meeting, item.meeting.id),
    itemKind: kindOf(item),
    itemId: item.id,
    verdict,
    source: item.source,
    confidence: item.confidence ?? null,
    segment: item.evidenceSegment ?? null,
    quote: item.evidenceQuote ?? null,
    suggestedText: opts.suggestedText ?? textOf(item),
    features,
    finalText: verdict === ReviewVerdictLabel.EDIT ? (opts.finalText ?? textOf(item)) : null,
    reviewer: tx.getReference(User, principal.userId),
    createdAt: now,
    updatedAt: now,
  });
}

/** Undo: the item is a suggestion again and its labelled example is gone. */
export async function resetVerdict(tx: EntityManager, item: Decision | ActionItem): Promise<void> {
  item.reviewState = ReviewState.SUGGESTED;
  item.reviewedAt = null;
  item.reviewedBy = null;
  await tx.nativeDelete(LabelledExample, { itemId: item.id });
}
