import { LockMode, type EntityManager, type FilterQuery } from "@mikro-orm/postgresql";
import type { z } from "zod";
import { notFound } from "../../platform/errors";
import type { Principal } from "../../platform/auth";
import { type AppPubSub } from "../../platform/pubsub";
import type { Page } from "../../platform/pagination";
import { pgArray, readPage, type ReadShape } from "../../platform/read-path";
import { todayInStockholm } from "../../platform/validation";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { OrderDirection } from "../meetings/meeting.inputs";
import { ActionItem, ActionItemStatus } from "./action-item.entity";
import { Decision } from "./decision.entity";
import {
  ActionItemOrderField,
  type actionItemFilterSchema,
  type assignActionItemSchema,
  type createActionItemSchema,
  type createDecisionSchema,
  type updateActionItemSchema,
  type updateDecisionSchema,
} from "./decision.inputs";
import { actionItemChanged } from "./action-item.topics";
import { meetingChanged } from "../meetings/meeting.topics";
import { ReviewVerdictLabel } from "../review/labelled-example.entity";
import { evidenceFeatures, recordVerdict } from "../review/review-verdicts";
import { isFactSql, ReviewState } from "./review-state";

type ActionItemFilter = z.infer<typeof actionItemFilterSchema>;

export function isOverdue(item: Pick<ActionItem, "status" | "dueDate">, today = todayInStockholm()): boolean {
  return item.status === ActionItemStatus.OPEN && !!item.dueDate && item.dueDate < today;
}

/** Decisions and action items. Every change to an action item is published to the organisation. */
export class ActionItemService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
  ) {}

  /** The organisation's action items: the read path (one statement, plain rows), see platform/read-path.ts. */
  async list(filter: ActionItemFilter, order: { field: ActionItemOrderField; direction: OrderDirection } | null | undefined, page: Page, total: boolean | ReadShape = true) {
    // Facts only: suggestions nobody reviewed yet, and rejected ones, are not the organisation's tasks.
    const where: string[] = [isFactSql()];
    const params: unknown[] = [];
    if (filter?.status?.length) {
      // One status as `=`: an array match on the index's second column loses its order.
      where.push(filter.status.length === 1 ? `"status" = ?` : `"status" = any(?::action_item_status[])`);
      params.push(filter.status.length === 1 ? filter.status[0] : pgArray(filter.status));
    }
    if (filter?.ownerId) {
      where.push(`"owner_id" = ?`);
      params.push(filter.ownerId);
    }
    if (filter?.meetingId) {
      where.push(`"meeting_id" = ?`);
      params.push(filter.meetingId);
    }
    const today = todayInStockholm();
    if (filter?.overdue === true) {
      where.push(`"status" = 'OPEN' and "due_date" < ?::date`);
      params.push(today);
    }
    if (filter?.overdue === false) {
      where.push(`("status" <> 'OPEN' or "due_date" is null or "due_date" >= ?::date)`);
      params.push(today);
    }
    const dir = order?.direction === OrderDirection.DESC ? "desc" : "asc";
    const orderBy = order?.field === ActionItemOrderField.UPDATED_AT ? `"updated_at" ${dir}, "id" ${dir}` : `"due_date" ${dir} nulls last, "id" ${dir}`;
    return readPage(this.em, ActionItem, { where, params, orderBy, limit: page.limit, offset: page.offset, total });
  }

  async forMeeting<T extends ActionItem | Decision>(entity: new () => T, meetingId: string, page: Page) {
    // Rejected suggestions stay stored (a rerun must not bring them back) but are not listed.
    const where = { meeting: meetingId, reviewState: { $ne: ReviewState.REJECTED } } as FilterQuery<T>;
    const [items, total] = await this.em.findAndCount(entity, where, {
      orderBy: { evidenceStartMs: "asc nulls last", createdAt: "asc", id: "asc" } as never,
      limit: page.limit,
      offset: page.offset,
    });
    return { items, total };
  }

  async createDecision(input: z.infer<typeof createDecisionSchema>): Promise<Decision> {
    const meeting = await this.meeting(input.meetingId);
    const decision = this.em.create(Decision, {
      organization: this.org(),
      meeting,
      text: input.text,
      decidedAt: input.decidedAt ?? null,
    });
    await this.em.flush();
    this.meetingTouched(meeting.id);
    return decision;
  }

  async updateDecision(input: z.infer<typeof updateDecisionSchema>): Promise<Decision> {
    const decision = await this.em.findOne(Decision, { id: input.id });
    if (!decision) throw notFound("Decision");
    const features = decision.reviewState === ReviewState.SUGGESTED ? await evidenceFeatures(this.em, decision) : undefined;
    return this.em.transactional(async (tx) => {
      const locked = await this.lockedForEdit(tx, Decision, decision.id, decision.meeting.id);
      const before = locked.text;
      locked.text = input.text;
      locked.editedByHuman = true;
      // Correcting a suggestion accepts it, as EDITED: a labelled example with the person's wording.
      if (locked.reviewState === ReviewState.SUGGESTED) await recordVerdict(tx, this.principal, locked, ReviewVerdictLabel.EDIT, { suggestedText: before, finalText: input.text, features });
      await tx.flush();
      return locked;
    }).then((saved) => {
      this.meetingTouched(decision.meeting.id);
      return saved;
    });
  }

  async create(input: z.infer<typeof createActionItemSchema>): Promise<ActionItem> {
    const meeting = await this.meeting(input.meetingId);
    const owner = input.ownerId ? await this.user(input.ownerId) : null;
    const item = this.em.create(ActionItem, {
      organization: this.org(),
      meeting,
      title: input.title,
      owner,
      ownerName: owner?.name ?? null,
      dueDate: input.dueDate ?? null,
    });
    await this.em.flush();
    this.publish(item, "created");
    return item;
  }

  async update(input: z.infer<typeof updateActionItemSchema>): Promise<ActionItem> {
    return this.edit(
      input.id,
      (item) => {
        if (input.title !== undefined) item.title = input.title;
        if (input.dueDate !== undefined) item.dueDate = input.dueDate;
      },
      { correction: true },
    );
  }

  async assign(input: z.infer<typeof assignActionItemSchema>): Promise<ActionItem> {
    const owner = input.ownerId ? await this.user(input.ownerId) : null;
    return this.edit(
      input.id,
      (item) => {
        item.owner = owner;
        item.ownerName = owner?.name ?? null;
      },
      { correction: true },
    );
  }

  /**
   * Idempotent, also when two requests race: `edit` reads the item afresh under the meeting's row
   * lock, so racing completions run one after the other; the first sets completedAt, the later
   * ones find the item DONE and keep that time.
   */
  async complete(id: string): Promise<ActionItem> {
    return this.edit(id, (item) => {
      if (item.status === ActionItemStatus.DONE) return;
      item.status = ActionItemStatus.DONE;
      item.completedAt = new Date();
    });
  }

  async cancel(id: string): Promise<ActionItem> {
    return this.edit(id, (item) => {
      item.status = ActionItemStatus.CANCELLED;
      item.completedAt = null;
    });
  }

  async reopen(id: string): Promise<ActionItem> {
    return this.edit(id, (item) => {
      item.status = ActionItemStatus.OPEN;
      item.completedAt = null;
    });
  }

  async get(id: string): Promise<ActionItem> {
    const item = await this.em.findOne(ActionItem, { id });
    if (!item) throw notFound("ActionItem");
    return item;
  }

  /**
   * A person's edit, under the meeting row lock that extraction takes to store a run's items (and
   * consent withdrawal to delete them): either the run sees the item as edited and keeps it, or the
   * run replaced it first and the edit answers NOT_FOUND — never an edit lost to a delete.
   */
  private async edit(id: string, change: (item: ActionItem) => void, opts: { correction?: boolean } = {}): Promise<ActionItem> {
    const found = await this.get(id);
    const features = opts.correction && found.reviewState === ReviewState.SUGGESTED ? await evidenceFeatures(this.em, found) : undefined;
    const item = await this.em.transactional(async (tx) => {
      const item = await this.lockedForEdit(tx, ActionItem, found.id, found.meeting.id);
      const before = item.title;
      change(item);
      item.editedByHuman = true;
      // Correcting a suggestion (title, due date, owner) accepts it, as EDITED: a labelled example.
      if (opts.correction && item.reviewState === ReviewState.SUGGESTED) await recordVerdict(tx, this.principal, item, ReviewVerdictLabel.EDIT, { suggestedText: before, finalText: item.title, features });
      await tx.flush();
      return item;
    });
    this.publish(item, "updated");
    return item;
  }

  /** Locks the meeting row, then reads the item afresh (it may have been replaced meanwhile). */
  private async lockedForEdit<T extends ActionItem | Decision>(tx: EntityManager, entity: new () => T, id: string, meetingId: string): Promise<T> {
    await tx.findOne(Meeting, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const item = await tx.findOne(entity, { id } as FilterQuery<T>, { refresh: true });
    if (!item) throw notFound(entity === (Decision as unknown) ? "Decision" : "ActionItem");
    return item;
  }

  private async meeting(id: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id });
    if (!meeting) throw notFound("Meeting");
    return meeting;
  }

  private async user(id: string): Promise<User> {
    const user = await this.em.findOne(User, { id });
    if (!user) throw notFound("User");
    return user;
  }

  private org() {
    return this.em.getReference(Organization, this.principal.orgId);
  }

  /** Decisions have no topic of their own: open meeting pages (other tabs too) re-read on the meeting's. */
  private meetingTouched(meetingId: string) {
    this.pubsub.publish(meetingChanged(this.principal.orgId), { id: meetingId, kind: "updated" });
  }

  private publish(item: ActionItem, kind: "created" | "updated") {
    this.pubsub.publish(actionItemChanged(this.principal.orgId), { id: item.id, kind });
  }
}
