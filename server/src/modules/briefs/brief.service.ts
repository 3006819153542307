import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "../../platform/auth";
import { notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { Meeting } from "../meetings/meeting.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Decision } from "../decisions/decision.entity";
import { Brief, BriefKind } from "./brief.entity";
import { renderPostBrief } from "./post-brief.markdown";

/** Briefs. A POST brief is rendered from the meeting's stored decisions and action items. */
export class BriefService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly logger: Logger,
  ) {}

  /**
   * A new POST version when the rendered body differs from the latest one; the latest itself when
   * it is byte-identical (regenerating without changes creates no duplicate). The meeting row is
   * locked so concurrent calls agree on the version number.
   */
  async generatePost(meetingId: string): Promise<Brief> {
    const started = Date.now();
    const { brief, created } = await this.em.transactional(async (tx) => {
      const meeting = await tx.findOne(Meeting, { id: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!meeting) throw notFound("Meeting");
      const decisions = await tx.find(Decision, { meeting: meeting.id });
      const actions = await tx.find(ActionItem, { meeting: meeting.id }, { populate: ["owner"] });
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
      const latest = await tx.findOne(Brief, { meeting: meeting.id, kind: BriefKind.POST }, { orderBy: { version: "desc" } });
      if (latest && latest.body === body) return { brief: latest, created: false };
      const brief = tx.create(Brief, {
        organization: tx.getReference(Organization, this.principal.orgId),
        meeting,
        kind: BriefKind.POST,
        body,
        version: (latest?.version ?? 0) + 1,
      });
      return { brief, created: true };
    });
    this.logger.info(
      { event: "brief.post_generated", meetingId, briefId: brief.id, version: brief.version, created, bytes: Buffer.byteLength(brief.body), durationMs: Date.now() - started },
      "post-brief generated",
    );
    return brief;
  }
}
