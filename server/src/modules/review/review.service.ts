import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { z } from "zod";
import type { Principal } from "../../platform/auth";
import type { Clock } from "../../platform/clock";
import { AppError, ErrorCode, notFound } from "../../platform/errors";
import type { AppPubSub } from "../../platform/pubsub";
import { ActionItem } from "../decisions/action-item.entity";
import { actionItemChanged } from "../decisions/action-item.topics";
import { Decision } from "../decisions/decision.entity";
import { ReviewState } from "../decisions/review-state";
import { Meeting } from "../meetings/meeting.entity";
import { meetingChanged } from "../meetings/meeting.topics";
import { ReviewVerdictLabel } from "./labelled-example.entity";
import { ReviewPrecisionWeek, ReviewVerdict, type reviewSuggestionSchema, type updateReviewSettingsSchema } from "./review.inputs";
import { readReviewSettings, writeReviewSettings, type ReviewSettingsValues } from "./review-settings.store";
import { evidenceFeatures, recordVerdict, resetVerdict } from "./review-verdicts";

/** A verdict that does not fit the item's state: answered CONFLICT with a stable reason. */
const notASuggestion = (state: ReviewState) =>
  new AppError(ErrorCode.CONFLICT, state === ReviewState.ACCEPTED ? "The item is not a suggestion (it is already a fact)" : `The item is ${state.toLowerCase()}, not a suggestion`, { reason: "NOT_A_SUGGESTION", reviewState: state });
const notReviewed = () => new AppError(ErrorCode.CONFLICT, "The item has no verdict to undo", { reason: "NOT_REVIEWED" });

// Per week (Monday, Europe/Stockholm) of the caller's organisation: the verdicts of its reviewers.
const PRECISION_SQL = `
with bounds as (
  select date_trunc('week', (?::timestamptz at time zone 'Europe/Stockholm'))::date as this_week, ?::int as weeks
),
w as (
  select (b.this_week - 7 * g)::date as week from bounds b, generate_series(0, b.weeks - 1) as g
)
select w.week::text as week_start,
  count(e.id) filter (where e.verdict = 'ACCEPT')::int as accepted,
  count(e.id) filter (where e.verdict = 'EDIT')::int as edited,
  count(e.id) filter (where e.verdict = 'REJECT')::int as rejected,
  count(e.id)::int as reviewed,
  case when count(e.id) = 0 then null
       else round(count(e.id) filter (where e.verdict in ('ACCEPT', 'EDIT'))::numeric / count(e.id), 4)::float8 end as precision
from w
left join labelled_examples e
  on e.organization_id = ?
 and e.created_at >= (w.week::timestamp at time zone 'Europe/Stockholm')
 and e.created_at < ((w.week + 7)::timestamp at time zone 'Europe/Stockholm')
group by w.week
order by w.week`;

/** Reviewing suggestions, the organisation's threshold, and how often suggestions were right. */
export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly clock: Clock,
  ) {}

  /**
   * ACCEPT / REJECT a SUGGESTED item (the same verdict again is a no-op), or RESET a reviewed one
   * back to a suggestion. Under the meeting row lock that extraction takes to store a run's
   * items, so a verdict is never lost to a rerun replacing the item.
   */
  async review(input: z.infer<typeof reviewSuggestionSchema>): Promise<{ decision: Decision | null; actionItem: ActionItem | null }> {
    const entity = input.id.kind === "Decision" ? Decision : ActionItem;
    const found = await this.em.findOne(entity as typeof Decision, { id: input.id.id });
    if (!found) throw notFound(input.id.kind);
    const now = this.clock.now();
    // Reading the transcript is the slow part: done before the lock (the evidence of an item never changes).
    const features = input.verdict !== ReviewVerdict.RESET && found.reviewState === ReviewState.SUGGESTED ? await evidenceFeatures(this.em, found) : undefined;
    const saved = await this.em.transactional(async (tx) => {
      await tx.findOne(Meeting, { id: found.meeting.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const item = (await tx.findOne(entity as typeof Decision, { id: found.id }, { refresh: true })) as Decision | ActionItem | null;
      if (!item) throw notFound(input.id.kind);
      if (input.verdict === ReviewVerdict.RESET) {
        if (item.reviewedAt == null || item.reviewState === ReviewState.SUGGESTED) throw notReviewed();
        await resetVerdict(tx, item);
      } else {
        const target = input.verdict === ReviewVerdict.ACCEPT ? ReviewState.ACCEPTED : ReviewState.REJECTED;
        if (item.reviewState === target && item.reviewedAt != null) return item;
        if (item.reviewState !== ReviewState.SUGGESTED) throw notASuggestion(item.reviewState);
        await recordVerdict(tx, this.principal, item, input.verdict === ReviewVerdict.ACCEPT ? ReviewVerdictLabel.ACCEPT : ReviewVerdictLabel.REJECT, { now, features });
      }
      await tx.flush();
      return item;
    });
    if (saved instanceof ActionItem) this.pubsub.publish(actionItemChanged(this.principal.orgId), { id: saved.id, kind: "updated" });
    // Decisions have no topic of their own; open meeting pages re-read on the meeting's (action items' pages too: counts change).
    this.pubsub.publish(meetingChanged(this.principal.orgId), { id: saved.meeting.id, kind: "updated" });
    return saved instanceof ActionItem ? { decision: null, actionItem: saved } : { decision: saved, actionItem: null };
  }

  /** The last `weeks` weeks, oldest first, in one statement. */
  async precision(weeks: number): Promise<ReviewPrecisionWeek[]> {
    type Row = { week_start: string; accepted: number; edited: number; rejected: number; reviewed: number; precision: number | null };
    const rows = await this.em.getConnection().execute<Row[]>(PRECISION_SQL, [this.clock.now().toISOString(), weeks, this.principal.orgId]);
    return rows.map((r) =>
      Object.assign(new ReviewPrecisionWeek(), {
        weekStart: r.week_start,
        accepted: Number(r.accepted),
        edited: Number(r.edited),
        rejected: Number(r.rejected),
        reviewed: Number(r.reviewed),
        precision: r.precision == null ? null : Number(r.precision),
      }),
    );
  }

  settings(): Promise<ReviewSettingsValues> {
    return readReviewSettings(this.em, this.principal.orgId);
  }

  updateSettings(patch: z.infer<typeof updateReviewSettingsSchema>): Promise<ReviewSettingsValues> {
    return writeReviewSettings(this.em, this.principal.orgId, patch);
  }
}
