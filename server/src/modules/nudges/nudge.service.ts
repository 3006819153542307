import type { EntityManager } from "@mikro-orm/postgresql";
import type { z } from "zod";
import type { Principal } from "../../platform/auth";
import type { Clock } from "../../platform/clock";
import { AppError, ErrorCode, badInput, notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import type { JobQueue } from "../../platform/jobs/types";
import type { Page } from "../../platform/pagination";
import type { AppPubSub } from "../../platform/pubsub";
import { readPage, type ReadShape } from "../../platform/read-path";
import { quietHoursEnd, stockholmMidnight, addDays, stockholmDate } from "../../platform/time/working-time";
import { ActionItem } from "../decisions/action-item.entity";
import { ActionItemService } from "../decisions/action-item.service";
import { Meeting } from "../meetings/meeting.entity";
import { NotificationPreference, Nudge, NudgeItemState, NudgeKind, NudgeSettings, NUDGE_DEFAULTS } from "./nudge.entity";
import type { snoozeNudgeSchema, updateNotificationPreferencesSchema, updateNudgeSettingsSchema } from "./nudge.inputs";
import { nudgeTopic } from "./nudge.topics";

export const NUDGE_DELIVER_JOB = "nudge-deliver";

/** Quiet hours in effect for one person: their own, else the organisation's, else the default. */
export function quietHoursOf(pref: Pick<NotificationPreference, "quietStart" | "quietEnd"> | null | undefined, settings: Pick<NudgeSettings, "quietStart" | "quietEnd"> | null | undefined) {
  if (pref?.quietStart && pref.quietEnd) return { start: pref.quietStart, end: pref.quietEnd, own: true };
  return { start: settings?.quietStart ?? NUDGE_DEFAULTS.quietStart, end: settings?.quietEnd ?? NUDGE_DEFAULTS.quietEnd, own: false };
}

/**
 * Enqueues e-mail/chat delivery of freshly created nudges, each at the end of its recipient's quiet
 * hours (the in-app nudge is already there). Constant statements: one read of preferences and
 * settings for all recipients, one batch enqueue.
 */
export async function scheduleDeliveries(em: EntityManager, jobs: Pick<JobQueue, "enqueueMany">, now: Date, nudges: readonly { id: string; organization_id: string; recipient_id: string }[]): Promise<number> {
  if (!nudges.length) return 0;
  const recipients = [...new Set(nudges.map((n) => n.recipient_id))];
  const rows = await em.getConnection().execute<{ user_id: string; p_start: string | null; p_end: string | null; o_start: string | null; o_end: string | null }[]>(
    `select u.id as user_id, p.quiet_start as p_start, p.quiet_end as p_end, s.quiet_start as o_start, s.quiet_end as o_end
     from users u left join notification_preferences p on p.id = u.id left join nudge_settings s on s.organization_id = u.organization_id
     where u.id = any(?::uuid[])`,
    [`{${recipients.join(",")}}`],
  );
  const quiet = new Map(rows.map((r) => [r.user_id, quietHoursOf({ quietStart: r.p_start, quietEnd: r.p_end }, { quietStart: r.o_start ?? NUDGE_DEFAULTS.quietStart, quietEnd: r.o_end ?? NUDGE_DEFAULTS.quietEnd })]));
  // One computation per distinct pair of quiet hours (there are few), not per nudge.
  const ends = new Map<string, Date>();
  const plan = nudges.map((n) => {
    const q = quiet.get(n.recipient_id) ?? { start: NUDGE_DEFAULTS.quietStart, end: NUDGE_DEFAULTS.quietEnd };
    const pair = `${q.start}-${q.end}`;
    let after = ends.get(pair);
    if (!after) ends.set(pair, (after = quietHoursEnd(now, q)));
    return { nudge: n, after };
  });
  const held = plan.filter((p) => p.after.getTime() > now.getTime());
  if (held.length) {
    await em.getConnection().execute(`update nudges n set deliver_after = x.after from unnest(?::uuid[], ?::timestamptz[]) as x(id, after) where n.id = x.id`, [
      `{${held.map((p) => p.nudge.id).join(",")}}`,
      `{${held.map((p) => `"${p.after.toISOString()}"`).join(",")}}`,
    ]);
  }
  const result = await jobs.enqueueMany(
    NUDGE_DELIVER_JOB,
    plan.map((p) => ({ data: { nudgeId: p.nudge.id, orgId: p.nudge.organization_id }, delayMs: p.after.getTime() - now.getTime() })),
  );
  return result.enqueued;
}

/** The signed-in person's nudges and what they do about them. */
export class NudgeService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly clock: Clock,
    private readonly jobs: Pick<JobQueue, "enqueueMany">,
  ) {}

  async list(filter: { unread?: boolean | null } | null | undefined, page: Page, total: boolean | ReadShape) {
    const where = [`"recipient_id" = ?`];
    const params: unknown[] = [this.principal.userId];
    if (filter?.unread === true) where.push(`"read_at" is null`);
    if (filter?.unread === false) where.push(`"read_at" is not null`);
    return readPage(this.em, Nudge, { where, params, orderBy: `"created_at" desc, "id" desc`, limit: page.limit, offset: page.offset, total });
  }

  /** One of the principal's own nudges; anyone else's is NOT_FOUND (not FORBIDDEN: it does not exist for them). */
  async own(id: string): Promise<Nudge> {
    const nudge = await this.em.findOne(Nudge, { id, recipient: this.principal.userId });
    if (!nudge) throw notFound("Nudge");
    return nudge;
  }

  async markRead(id: string): Promise<Nudge> {
    const nudge = await this.own(id);
    if (!nudge.readAt) {
      nudge.readAt = this.clock.now();
      await this.em.flush();
      this.publish(nudge, "updated");
    }
    return nudge;
  }

  async markAllRead(): Promise<number> {
    const marked = await this.em.nativeUpdate(Nudge, { recipient: this.principal.userId, readAt: null }, { readAt: this.clock.now() });
    if (marked) this.pubsub.publish(nudgeTopic(this.principal.orgId, this.principal.userId), { id: "", kind: "updated" });
    return marked;
  }

  /** Mark the item done from the nudge: stops every further nudge about it. */
  async complete(id: string) {
    const nudge = await this.own(id);
    const item = await this.items().complete(nudge.actionItem.id);
    return { nudge: await this.answer(nudge), actionItem: item };
  }

  async reassign(id: string, ownerId: string) {
    const nudge = await this.own(id);
    const owner = await this.em.findOne(User, { id: ownerId });
    if (!owner || !owner.active) throw badInput("input.ownerId", "The new owner must be an active user of your organisation");
    const item = await this.items().assign({ id: nudge.actionItem.id, ownerId });
    return { nudge: await this.answer(nudge), actionItem: item };
  }

  /** Snoozing holds every nudge about the item until then; a nudge comes at once when it ends, if nothing happened. */
  async snooze(input: z.infer<typeof snoozeNudgeSchema>) {
    const nudge = await this.own(input.id);
    const now = this.clock.now();
    let until: Date;
    if (input.until) {
      until = quietHoursEnd(stockholmMidnight(input.until), { start: "00:00", end: NUDGE_DEFAULTS.quietEnd });
      if (until <= now || input.until > addDays(stockholmDate(now), 366)) {
        throw badInput("input.until", "until must be a date after today and within a year");
      }
    } else {
      until = new Date(now.getTime() + (input.days ?? 1) * 86_400_000);
    }
    await this.upsertState(nudge.actionItem.id, { snoozedUntil: until });
    return { nudge: await this.answer(nudge), actionItem: await this.visibleItem(nudge.actionItem.id) };
  }

  /** Blocked with a reason: the owner's nudges pause, and the meeting's organiser is told (in the app and on their channels). */
  async block(id: string, reason: string) {
    const nudge = await this.own(id);
    const now = this.clock.now();
    await this.upsertState(nudge.actionItem.id, { blockedAt: now, blockedReason: reason, blockedBy: this.em.getReference(User, this.principal.userId), answeredAt: now });
    const item = await this.em.findOne(ActionItem, { id: nudge.actionItem.id });
    const meeting = item ? await this.em.findOne(Meeting, { id: item.meeting.id }) : null;
    const organizerId = meeting?.organizer?.id;
    if (organizerId && organizerId !== this.principal.userId) {
      const inserted = await this.em.getConnection().execute<{ id: string }[]>(
        `insert into nudges (id, organization_id, recipient_id, action_item_id, kind, window_key, deliver_after, created_at, updated_at)
         select gen_random_uuid(), ?, u.id, ?, 'BLOCKED', ?, ?, ?, ? from users u where u.id = ? and u.active
         on conflict do nothing returning id`,
        [this.principal.orgId, nudge.actionItem.id, `block@${now.toISOString()}`, now, now, now, organizerId],
      );
      for (const row of inserted) this.pubsub.publish(nudgeTopic(this.principal.orgId, organizerId), { id: row.id, kind: "created" });
      await scheduleDeliveries(this.em, this.jobs, now, inserted.map((r) => ({ id: r.id, organization_id: this.principal.orgId, recipient_id: organizerId })));
    }
    return { nudge: await this.answer(nudge), actionItem: item };
  }

  /** Lifting a block counts as progress: a fresh window starts. Its owner or an editor may do it. */
  async unblock(actionItemId: string) {
    const item = await this.em.findOne(ActionItem, { id: actionItemId });
    if (!item) throw notFound("ActionItem");
    const mayEdit = this.principal.role !== "VIEWER" || item.owner?.id === this.principal.userId;
    if (!mayEdit) throw new AppError(ErrorCode.FORBIDDEN, "Only the item's owner or an editor may lift its block");
    const now = this.clock.now();
    await this.upsertState(actionItemId, { blockedAt: null, blockedReason: null, blockedBy: null, answeredAt: now });
    // The organiser's BLOCKED notice is settled by the block being lifted.
    await this.em.nativeUpdate(Nudge, { actionItem: actionItemId, kind: NudgeKind.BLOCKED, answeredAt: null }, { answeredAt: now });
    return item;
  }

  async blockOf(actionItemId: string): Promise<NudgeItemState | null> {
    const state = await this.em.findOne(NudgeItemState, { id: actionItemId });
    return state?.blockedAt ? state : null;
  }

  async settings(): Promise<NudgeSettings> {
    return (await this.em.findOne(NudgeSettings, { organizationId: this.principal.orgId })) ?? this.em.create(NudgeSettings, { organizationId: this.principal.orgId }, { persist: false });
  }

  async updateSettings(input: z.infer<typeof updateNudgeSettingsSchema>): Promise<NudgeSettings> {
    const settings = await this.settings();
    const next = {
      stalledHours: input.stalledHours ?? settings.stalledHours,
      quietStart: input.quietStart ?? settings.quietStart,
      quietEnd: input.quietEnd ?? settings.quietEnd,
      dueSoon: input.dueSoon ?? settings.dueSoon,
      overdue: input.overdue ?? settings.overdue,
      escalate: input.escalate ?? settings.escalate,
    };
    await this.em.upsert(NudgeSettings, { organizationId: this.principal.orgId, ...next });
    return Object.assign(settings, next);
  }

  async preferences(): Promise<{ pref: NotificationPreference | null; settings: NudgeSettings }> {
    const [pref, settings] = await Promise.all([this.em.findOne(NotificationPreference, { id: this.principal.userId }), this.settings()]);
    return { pref, settings };
  }

  async updatePreferences(input: z.infer<typeof updateNotificationPreferencesSchema>) {
    const { pref } = await this.preferences();
    const keep = <K extends keyof NotificationPreference>(key: K, value: NotificationPreference[K] | undefined, fallback: NotificationPreference[K]) => (value === undefined ? (pref?.[key] ?? fallback) : value);
    await this.em.upsert(NotificationPreference, {
      id: this.principal.userId,
      organization: this.em.getReference(Organization, this.principal.orgId),
      email: input.email ?? pref?.email ?? true,
      slackWebhookUrl: keep("slackWebhookUrl", input.slackWebhookUrl, null),
      teamsWebhookUrl: keep("teamsWebhookUrl", input.teamsWebhookUrl, null),
      quietStart: keep("quietStart", input.quietStart, null),
      quietEnd: keep("quietEnd", input.quietEnd, null),
    });
    this.em.clear();
    return this.preferences();
  }

  private items() {
    return new ActionItemService(this.em, this.principal, this.pubsub);
  }

  private async visibleItem(id: string) {
    return this.em.findOne(ActionItem, { id });
  }

  /** An answer closes the nudge (and every open nudge of the same item to the same person). */
  private async answer(nudge: Nudge): Promise<Nudge> {
    const now = this.clock.now();
    await this.em.nativeUpdate(Nudge, { actionItem: nudge.actionItem.id, recipient: this.principal.userId, answeredAt: null }, { answeredAt: now, readAt: now });
    await this.em.nativeUpdate(Nudge, { actionItem: nudge.actionItem.id, recipient: this.principal.userId, readAt: null }, { readAt: now });
    await this.em.refresh(nudge);
    this.publish(nudge, "updated");
    return nudge;
  }

  private async upsertState(actionItemId: string, change: Partial<Pick<NudgeItemState, "snoozedUntil" | "blockedAt" | "blockedReason" | "blockedBy" | "answeredAt">>) {
    const existing = await this.em.findOne(NudgeItemState, { id: actionItemId });
    if (existing) Object.assign(existing, change);
    else this.em.create(NudgeItemState, { id: actionItemId, organization: this.em.getReference(Organization, this.principal.orgId), ...change });
    await this.em.flush();
  }

  private publish(nudge: Nudge, kind: "created" | "updated") {
    this.pubsub.publish(nudgeTopic(this.principal.orgId, this.principal.userId), { id: nudge.id, kind });
  }
}

