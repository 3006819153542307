import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Principal } from "../../platform/auth";
import type { Clock } from "../../platform/clock";
import type { Database } from "../../platform/db";
import { AppError, ErrorCode, badInput, notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import type { OutboundClient } from "../../platform/outbound";
import type { Page } from "../../platform/pagination";
import type { AppPubSub } from "../../platform/pubsub";
import { pgArray, readPage, type ReadShape } from "../../platform/read-path";
import { todayInStockholm } from "../../platform/validation";
import { ActionItemService } from "../decisions/action-item.service";
import { Meeting } from "../meetings/meeting.entity";
import { topicIdentifiers } from "./parse/identifiers";
import { RegwatchAlert, RegwatchTopic } from "./regwatch-alert.entity";
import { pollSource, type PollOutcome } from "./regwatch-poll";
import { RegwatchSource } from "./regwatch-source.entity";
import { RegwatchAlertState } from "./regwatch.enums";
import type {
  assignRegwatchAlertSchema,
  createRegwatchSourceSchema,
  createRegwatchTopicSchema,
  regwatchAlertFilterSchema,
  updateRegwatchSourceSchema,
  updateRegwatchTopicSchema,
} from "./regwatch.inputs";
import { regwatchAlertTopic } from "./regwatch.topics";

type CreateSource = z.infer<ReturnType<typeof createRegwatchSourceSchema>>;

/** Sources an organisation may read: the system-wide ones and its own. */
export const visibleTo = (orgId: string) => ({ $or: [{ ownerOrg: null }, { ownerOrg: orgId }] });

/**
 * Sources and topics (admins), alerts (viewers read, editors triage). Every lookup is scoped:
 * alerts and topics by the tenant filter, sources by `visibleTo`; another organisation's object is
 * NOT_FOUND, a system-wide source is read-only (FORBIDDEN to change).
 */
export class RegwatchService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly deps: { db: Database; pubsub: AppPubSub; clock: Clock; logger: Logger },
  ) {}

  sources(): Promise<RegwatchSource[]> {
    return this.em.find(RegwatchSource, visibleTo(this.principal.orgId), { orderBy: { name: "asc", id: "asc" } });
  }

  async source(id: string): Promise<RegwatchSource> {
    const source = await this.em.findOne(RegwatchSource, { ...visibleTo(this.principal.orgId), id });
    if (!source) throw notFound("RegwatchSource");
    return source;
  }

  /** One of the organisation's own sources, to change. */
  async ownSource(id: string): Promise<RegwatchSource> {
    const source = await this.source(id);
    if (!source.ownerOrg) throw new AppError(ErrorCode.FORBIDDEN, "System-wide sources are read-only");
    return source;
  }

  async createSource(input: CreateSource): Promise<RegwatchSource> {
    const source = this.em.create(RegwatchSource, {
      ownerOrg: this.em.getReference(Organization, this.principal.orgId),
      name: input.name,
      kind: input.kind,
      url: input.url,
      host: new URL(input.url).hostname.toLowerCase(),
      selector: input.selector ?? null,
      intervalMinutes: input.intervalMinutes,
      timeoutSeconds: input.timeoutSeconds ?? 20,
      enabled: input.enabled ?? true,
      nextPollAt: this.deps.clock.now(),
      createdBy: this.em.getReference(User, this.principal.userId),
    });
    await this.em.flush();
    this.log("regwatch.source_created", { sourceId: source.id, kind: source.kind });
    return source;
  }

  async updateSource(input: z.infer<typeof updateRegwatchSourceSchema>): Promise<RegwatchSource> {
    const source = await this.ownSource(input.id);
    if (input.selector && source.kind !== "HTML") throw badInput("input.selector", "is only for HTML sources");
    if (input.name != null) source.name = input.name;
    if (input.enabled != null) {
      // Enabling a source that waited (or backed off) makes it due at once.
      if (input.enabled && !source.enabled) source.nextPollAt = this.deps.clock.now();
      source.enabled = input.enabled;
    }
    if (input.intervalMinutes != null) source.intervalMinutes = input.intervalMinutes;
    if (input.timeoutSeconds != null) source.timeoutSeconds = input.timeoutSeconds;
    if (input.selector !== undefined) {
      source.selector = input.selector || null;
      // Another region: the next answer must be read in full, not 304'd.
      source.etag = null;
      source.lastModified = null;
    }
    await this.em.flush();
    this.log("regwatch.source_updated", { sourceId: source.id, enabled: source.enabled });
    return source;
  }

  async deleteSource(id: string): Promise<string> {
    const source = await this.ownSource(id);
    await this.em.nativeDelete(RegwatchSource, { id: source.id, ownerOrg: this.principal.orgId });
    this.log("regwatch.source_deleted", { sourceId: source.id });
    return source.globalId;
  }

  /** Polls one of the organisation's own sources now, through the same code as the job. */
  async pollNow(id: string, outbound: OutboundClient): Promise<{ outcome: PollOutcome; source: RegwatchSource }> {
    const source = await this.ownSource(id);
    const result = await pollSource({ db: this.deps.db, outbound, pubsub: this.deps.pubsub, logger: this.deps.logger }, source.id, { now: this.deps.clock.now() });
    if (result.kind !== "polled") throw notFound("RegwatchSource");
    await this.em.refresh(source);
    return { outcome: result.outcome, source };
  }

  topics(): Promise<RegwatchTopic[]> {
    return this.em.find(RegwatchTopic, {}, { orderBy: { name: "asc", id: "asc" } });
  }

  async createTopic(input: z.infer<typeof createRegwatchTopicSchema>): Promise<RegwatchTopic> {
    const { identifiers, textQuery } = topicIdentifiers(input.query);
    const topic = this.em.create(RegwatchTopic, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      name: input.name,
      query: input.query,
      textQuery,
      identifiers,
      severity: input.severity ?? null,
    });
    await this.em.flush();
    return topic;
  }

  async updateTopic(input: z.infer<typeof updateRegwatchTopicSchema>): Promise<RegwatchTopic> {
    const topic = await this.topic(input.id);
    if (input.name != null) topic.name = input.name;
    if (input.query != null) {
      const { identifiers, textQuery } = topicIdentifiers(input.query);
      Object.assign(topic, { query: input.query, textQuery, identifiers });
    }
    if (input.severity !== undefined) topic.severity = input.severity;
    await this.em.flush();
    return topic;
  }

  async deleteTopic(id: string): Promise<string> {
    const topic = await this.topic(id);
    await this.em.nativeDelete(RegwatchTopic, { id: topic.id });
    return topic.globalId;
  }

  private async topic(id: string): Promise<RegwatchTopic> {
    const topic = await this.em.findOne(RegwatchTopic, { id });
    if (!topic) throw notFound("RegwatchTopic");
    return topic;
  }

  /** The organisation's alerts, newest first: the read path (one statement, plus a count when asked). */
  alerts(filter: z.infer<typeof regwatchAlertFilterSchema>, page: Page, total: boolean | ReadShape) {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, type, values] of [["state", "regwatch_alert_state", filter?.state], ["severity", "regwatch_severity", filter?.severity]] as const) {
      if (!values?.length) continue;
      // One value as `=`: the tenant-leading index then also gives the order.
      where.push(values.length === 1 ? `"${column}" = ?` : `"${column}" = any(?::${type}[])`);
      params.push(values.length === 1 ? values[0] : pgArray(values));
    }
    if (filter?.topicId) {
      where.push(`"matched_topics" @> ?::jsonb`);
      params.push(JSON.stringify([{ id: filter.topicId }]));
    }
    return readPage(this.em, RegwatchAlert, { where, params, orderBy: `"created_at" desc, "id" desc`, limit: page.limit, offset: page.offset, total });
  }

  async alert(id: string): Promise<RegwatchAlert> {
    const alert = await this.em.findOne(RegwatchAlert, { id });
    if (!alert) throw notFound("RegwatchAlert");
    return alert;
  }

  acknowledge(id: string): Promise<RegwatchAlert> {
    return this.triage(id, (alert) => {
      alert.state = RegwatchAlertState.ACKNOWLEDGED;
      alert.dismissedReason = null;
    });
  }

  dismiss(id: string, reason: string): Promise<RegwatchAlert> {
    return this.triage(id, (alert) => {
      alert.state = RegwatchAlertState.DISMISSED;
      alert.dismissedReason = reason;
    });
  }

  /**
   * Gives the alert to a person; with `createActionItem`, they also own an action item about it
   * in a meeting (the decisions module's service makes it). Asking again re-assigns the same
   * action item instead of making a second.
   */
  async assign(input: z.infer<typeof assignRegwatchAlertSchema>): Promise<RegwatchAlert> {
    const alert = await this.alert(input.id);
    const user = await this.em.findOne(User, { id: input.userId });
    if (!user || !user.active) throw badInput("input.userId", "must be an active user of your organisation");
    let meetingId: string | null = null;
    if (input.createActionItem && !alert.actionItem) {
      meetingId = input.meetingId ?? (await this.firstUpcomingMeeting(alert)) ?? null;
      if (!meetingId) throw badInput("input.meetingId", "give the meeting the action item belongs to (the alert matched no upcoming meeting)");
      if (!(await this.em.findOne(Meeting, { id: meetingId }))) throw notFound("Meeting");
    }
    const items = new ActionItemService(this.em, this.principal, this.deps.pubsub);
    if (input.createActionItem && alert.actionItem) await items.assign({ id: alert.actionItem.id, ownerId: user.id });
    if (meetingId) {
      const item = await items.create({ meetingId, title: `Omvärldsbevakning: ${alert.title}`.slice(0, 500), ownerId: user.id, dueDate: alert.inForceOn && alert.inForceOn > this.today() ? alert.inForceOn : null });
      alert.actionItem = item;
    }
    return this.triage(alert.id, (a) => {
      a.state = RegwatchAlertState.ASSIGNED;
      a.assignedTo = user;
      a.dismissedReason = null;
      if (alert.actionItem) a.actionItem = alert.actionItem;
    });
  }

  private today(): string {
    return todayInStockholm(this.deps.clock.now());
  }

  private async firstUpcomingMeeting(alert: RegwatchAlert): Promise<string | undefined> {
    if (!alert.matchedMeetingIds.length) return undefined;
    const meetings = await this.em.find(Meeting, { id: { $in: alert.matchedMeetingIds }, startsAt: { $gte: this.deps.clock.now() } }, { orderBy: { startsAt: "asc", id: "asc" }, limit: 1 });
    return meetings[0]?.id;
  }

  private async triage(id: string, change: (alert: RegwatchAlert) => void): Promise<RegwatchAlert> {
    const alert = await this.alert(id);
    change(alert);
    alert.triagedAt = this.deps.clock.now();
    alert.triagedBy = this.em.getReference(User, this.principal.userId);
    await this.em.flush();
    this.deps.pubsub.publish(regwatchAlertTopic(this.principal.orgId), { id: alert.id, kind: "updated" });
    this.log("regwatch.alert_triaged", { alertId: alert.id, state: alert.state });
    return alert;
  }

  private log(event: string, fields: Record<string, unknown>) {
    this.deps.logger.info({ event, orgId: this.principal.orgId, userId: this.principal.userId, ...fields }, event);
  }
}
