import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import type { AppPubSub } from "../../platform/pubsub";
import { Meeting } from "../meetings/meeting.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import { Brief, BriefKind } from "./brief.entity";
import { readBriefSettings, writeBriefSettings, type BriefSettingsValues } from "./brief-settings.store";
import { meetingNotStarted } from "./brief.errors";
import { briefGenerated } from "./brief.topics";
import { renderPostBrief } from "./post-brief.markdown";
import { loadPreBriefData } from "./pre-brief.data";
import { renderPreBrief } from "./pre-brief.markdown";
import { renderPreBriefSections } from "./pre-brief.sections";
import { FACT_STATES } from "../decisions/review-state";

/** Whose briefs: a signed-in principal, or a job's organisation (no one signed in). */
export interface BriefScope {
  orgId: string;
  userId?: string;
}

/**
 * Briefs. A POST brief is rendered from the meeting's stored decisions and action items; a PRE brief
 * from its participants, their open items and earlier meetings on the same matter. Both are
 * versioned per kind, with a new version only when the body changed, and announced after commit.
 */
export class BriefService {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: BriefScope,
    private readonly pubsub: AppPubSub,
    private readonly logger: Logger,
  ) {}

  /**
   * A new POST version when the rendered body differs from the latest one; the latest itself when
   * it is byte-identical (regenerating without changes creates no duplicate). The meeting row is
   * locked so concurrent calls agree on the version number. Refused (CONFLICT, MEETING_NOT_STARTED)
   * while the meeting's start is after `now`.
   */
  async generatePost(meetingId: string, now: Date): Promise<Brief> {
    const started = Date.now();
    const { brief, created } = await this.em.transactional(async (tx) => {
      const meeting = await tx.findOne(Meeting, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!meeting) throw notFound("Meeting");
      if (meeting.startsAt.getTime() > now.getTime()) throw meetingNotStarted(meeting.startsAt);
      // Facts only: suggestions count once a person accepted (or corrected) them.
      const decisions = await tx.find(Decision, { meeting: meeting.id, reviewState: { $in: [...FACT_STATES] } });
      const actions = await tx.find(ActionItem, { meeting: meeting.id, reviewState: { $in: [...FACT_STATES] } }, { populate: ["owner"] });
      const body = renderPostBrief({
        title: meeting.title,
        startsAt: meeting.startsAt,
        decisions: decisions.map((d) => ({ text: d.text, evidenceStartMs: d.evidenceStartMs ?? null })),
        actions: actions.map((a) => ({
          title: a.title,
          owner: a.owner?.name ?? a.ownerName ?? null,
          dueDate: a.dueDate ?? null,
          status: a.status,
          evidenceStartMs: a.evidenceStartMs ?? null,
        })),
      });
      return this.saveVersion(tx, meeting, BriefKind.POST, body);
    });
    this.announce(brief, created, "brief.post_generated", started);
    return brief;
  }

  /**
   * The PRE brief, at the most restrictive level (what every VIEWER may read), for the meeting's
   * current start. Works without a signed-in principal (jobs). Reads in a fixed number of
   * statements (see loadPreBriefData) plus one per registered section contributor.
   */
  async generatePre(meetingId: string): Promise<Brief> {
    const started = Date.now();
    const { brief, created } = await this.em.transactional(async (tx) => {
      const meeting = await tx.findOne(Meeting, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!meeting) throw notFound("Meeting");
      const data = await loadPreBriefData(tx, this.scope.orgId, meeting);
      const sections = await renderPreBriefSections(tx, this.scope.orgId, meeting, this.logger);
      return this.saveVersion(tx, meeting, BriefKind.PRE, renderPreBrief({ ...data, sections }), meeting.startsAt);
    });
    this.announce(brief, created, "brief.pre_generated", started);
    return brief;
  }

  settings(): Promise<BriefSettingsValues> {
    return readBriefSettings(this.em, this.scope.orgId);
  }

  async updateSettings(patch: { preBriefLeadHours?: number; preBriefEmail?: boolean }): Promise<BriefSettingsValues> {
    const settings = await writeBriefSettings(this.em, this.scope.orgId, patch);
    this.logger.info(
      { event: "brief.settings_updated", orgId: this.scope.orgId, userId: this.scope.userId, preBriefLeadHours: settings.preBriefLeadHours, preBriefEmail: settings.preBriefEmail },
      "brief settings updated",
    );
    return settings;
  }

  /** Under the meeting lock: the latest version when the body is unchanged, else the next one. */
  private async saveVersion(tx: EntityManager, meeting: Meeting, kind: BriefKind, body: string, forStartsAt: Date | null = null): Promise<{ brief: Brief; created: boolean }> {
    const latest = await tx.findOne(Brief, { meeting: meeting.id, kind }, { orderBy: { version: "desc" } });
    if (latest && latest.body === body) {
      // A start moved by less than the brief shows (seconds): same text, but it is now written for the new start.
      if (forStartsAt && latest.forStartsAt?.getTime() !== forStartsAt.getTime()) latest.forStartsAt = forStartsAt;
      return { brief: latest, created: false };
    }
    const brief = tx.create(Brief, {
      organization: tx.getReference(Organization, this.scope.orgId),
      meeting,
      kind,
      body,
      version: (latest?.version ?? 0) + 1,
      forStartsAt,
    });
    return { brief, created: true };
  }

  private announce(brief: Brief, created: boolean, event: string, started: number) {
    if (created) this.pubsub.publish(briefGenerated(this.scope.orgId), { id: brief.id, kind: "created" });
    this.logger.info(
      { event, meetingId: brief.meeting.id, briefId: brief.id, version: brief.version, created, bytes: Buffer.byteLength(brief.body), durationMs: Date.now() - started },
      `${brief.kind === BriefKind.PRE ? "pre" : "post"}-brief generated`,
    );
  }
}
