import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { z } from "zod";
import { AppError, ErrorCode, notFound, conflict } from "../../platform/errors";
import type { Principal } from "../../platform/auth";
import { type AppPubSub } from "../../platform/pubsub";
import type { Page } from "../../platform/pagination";
import { pgArray, readPage, type ReadShape } from "../../platform/read-path";
import { Organization } from "../../platform/identity/organization.entity";
import { Role, User } from "../../platform/identity/user.entity";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { Meeting, Sensitivity } from "./meeting.entity";
import { ConsentStatus, Participant } from "./participant.entity";
import { forgetTranscriptAfterWithdrawal } from "../transcripts/transcript.service";
import {
  MeetingOrderField,
  OrderDirection,
  type addParticipantSchema,
  type createMeetingSchema,
  type meetingFilterSchema,
  type setParticipantConsentSchema,
  type updateMeetingSchema,
} from "./meeting.inputs";
import { meetingChanged } from "./meeting.topics";
import { actionItemChanged } from "../decisions/action-item.topics";

type Filter = z.infer<typeof meetingFilterSchema>;

/**
 * A search box's words as a Swedish prefix tsquery: every word must match, as a word or the start
 * of one ("budg" finds "budgetuppföljning"), after Swedish stemming. Words are letters and digits
 * only, so nothing the user types reaches tsquery syntax. Null when no word is left.
 */
export function prefixQuery(search: string): string | null {
  const words = search.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 12);
  return unique.length ? unique.map((w) => `${w}:*`).join(" & ") : null;
}

/** Only an ADMIN signed in as a person may take SENSITIVE away (Swedish first, then English). */
export const sensitivityDowngradeForbidden = () =>
  new AppError(
    ErrorCode.FORBIDDEN,
    "Bara en administratör som är inloggad som person får ta bort klassningen känsligt från ett möte. / Only an administrator signed in as a person may downgrade a SENSITIVE meeting to NORMAL.",
    { reason: "SENSITIVITY_DOWNGRADE_REQUIRES_ADMIN" },
  );

/** Meetings and their participants. Every method runs on an organisation-scoped entity manager. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly logger?: Logger,
  ) {}

  async get(id: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id });
    if (!meeting) throw notFound("Meeting");
    return meeting;
  }

  /** The organisation's meetings: the read path (one statement, plain rows), see platform/read-path.ts. */
  async list(filter: Filter, order: { field: MeetingOrderField; direction: OrderDirection } | null | undefined, page: Page, total: boolean | ReadShape = true) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter?.from) {
      where.push(`"starts_at" >= ?`);
      params.push(filter.from);
    }
    if (filter?.to) {
      where.push(`"starts_at" < ?`);
      params.push(filter.to);
    }
    if (filter?.status?.length) {
      // One status as `=`: an array match on the index's second column loses its order.
      where.push(filter.status.length === 1 ? `"status" = ?` : `"status" = any(?::meeting_status[])`);
      params.push(filter.status.length === 1 ? filter.status[0] : pgArray(filter.status));
    }
    if (filter?.search) {
      const query = prefixQuery(filter.search);
      // Nothing searchable (only punctuation): match nothing rather than everything.
      if (!query) where.push("false");
      else {
        where.push(`"search" @@ to_tsquery('swedish', ?)`);
        params.push(query);
      }
    }
    if (filter?.sensitivity) {
      where.push(`"sensitivity" = ?`);
      params.push(filter.sensitivity);
    }
    if (filter?.participant) {
      where.push(
        `exists (select 1 from "participants" p where p."organization_id" = "meetings"."organization_id" and p."stakeholder_id" = ? and p."meeting_id" = "meetings"."id")`,
      );
      params.push(filter.participant);
    }
    const dir = order?.direction === OrderDirection.DESC ? "desc" : "asc";
    const orderBy = order?.field === MeetingOrderField.TITLE ? `"title" ${dir}, "id" ${dir}` : `"starts_at" ${dir}, "id" ${dir}`;
    return readPage(this.em, Meeting, { where, params, orderBy, limit: page.limit, offset: page.offset, total });
  }

  async create(input: z.infer<typeof createMeetingSchema>): Promise<Meeting> {
    const meeting = this.em.create(Meeting, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      location: input.location ?? null,
      sensitivity: input.sensitivity ?? undefined,
      agendaItems: input.agendaItems ?? [],
      organizer: this.em.getReference(User, this.principal.userId),
    });
    await this.em.flush();
    this.publish(meeting.id, "created");
    return meeting;
  }

  /**
   * Fort Knox: taking SENSITIVE away from a meeting opens it to remote AI, so only an ADMIN signed in
   * as a person may do it (not an editor, not an integrator token). Every sensitivity change is
   * audited in the same transaction, which holds the meeting row lock like the extraction job does.
   */
  async update(input: z.infer<typeof updateMeetingSchema>): Promise<Meeting> {
    const { meeting, change } = await this.em.transactional(async (tx) => {
      const meeting = await tx.findOne(Meeting, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!meeting) throw notFound("Meeting");
      const startsAt = input.startsAt ?? meeting.startsAt;
      const endsAt = input.endsAt === undefined ? meeting.endsAt : input.endsAt;
      if (endsAt && endsAt <= startsAt) throw conflict("endsAt must be after startsAt");
      const from = meeting.sensitivity;
      const to = input.sensitivity ?? from;
      if (from === Sensitivity.SENSITIVE && to !== Sensitivity.SENSITIVE && !(this.principal.kind === "user" && this.principal.role === Role.ADMIN)) {
        throw sensitivityDowngradeForbidden();
      }
      tx.assign(meeting, {
        ...(input.title !== undefined && { title: input.title }),
        startsAt,
        endsAt,
        ...(input.location !== undefined && { location: input.location }),
        ...(input.status !== undefined && { status: input.status }),
        sensitivity: to,
        ...(input.agendaItems !== undefined && { agendaItems: input.agendaItems }),
      });
      if (from !== to) {
        recordAudit(tx, {
          orgId: this.principal.orgId,
          action: AuditAction.SENSITIVITY_CHANGED,
          principal: this.principal,
          meetingId: meeting.id,
          target: { type: "Meeting", id: meeting.id },
          details: { from, to },
        });
      }
      await tx.flush();
      return { meeting, change: from !== to ? { from, to } : null };
    });
    if (change) this.logger?.info({ event: "meeting.sensitivity_changed", meetingId: meeting.id, ...change }, "meeting sensitivity changed");
    this.publish(meeting.id, "updated");
    return meeting;
  }

  async participants(meetingId: string): Promise<Participant[]> {
    return this.em.find(Participant, { meeting: meetingId }, { populate: ["stakeholder"], orderBy: { createdAt: "asc", id: "asc" } });
  }

  async addParticipant(input: z.infer<typeof addParticipantSchema>): Promise<Participant> {
    const meeting = await this.get(input.meetingId);
    const stakeholder = input.userId ? await this.stakeholderForUser(input.userId) : await this.em.findOne(Stakeholder, { id: input.stakeholderId! });
    if (!stakeholder) throw notFound("Stakeholder");
    const existing = await this.em.findOne(Participant, { meeting, stakeholder });
    if (existing) throw conflict("The stakeholder already participates in the meeting");
    const participant = this.em.create(Participant, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      meeting,
      stakeholder,
      role: input.role ?? null,
    });
    await this.em.flush();
    this.publish(meeting.id, "updated");
    return participant;
  }

  /**
   * A colleague takes part as a stakeholder: the one with their e-mail address (case-insensitive),
   * else one with their exact name and no address, else a new one from their name and address.
   */
  private async stakeholderForUser(userId: string): Promise<Stakeholder> {
    const user = await this.em.findOne(User, { id: userId, active: true });
    if (!user) throw notFound("User");
    const email = user.email?.trim() || null;
    const known = email
      ? await this.em.findOne(Stakeholder, { email: { $ilike: email.replace(/[\\%_]/g, (c) => `\\${c}`) } }, { orderBy: { createdAt: "asc" } })
      : null;
    if (known) return known;
    const byName = await this.em.findOne(Stakeholder, { name: user.name, email: null }, { orderBy: { createdAt: "asc" } });
    if (byName) {
      if (email) byName.email = email;
      return byName;
    }
    return this.em.create(Stakeholder, { organization: this.em.getReference(Organization, this.principal.orgId), name: user.name, email });
  }

  /**
   * Anything but GRANTED withdraws consent: the meeting's transcript and what came of it go, in the
   * same transaction. Every change is audited (from, to; the actor user and, for an integrator, the
   * token), and the participant row records who changed it, the token included.
   */
  async setConsent(input: z.infer<typeof setParticipantConsentSchema>): Promise<Participant> {
    const { participant, forgotten } = await this.em.transactional(async (tx) => {
      const participant = await tx.findOne(Participant, { id: input.participantId }, { populate: ["stakeholder", "meeting"], refresh: true });
      if (!participant) throw notFound("Participant");
      const from = participant.consent;
      participant.consent = input.consent;
      participant.consentUpdatedAt = new Date();
      participant.consentUpdatedBy = tx.getReference(User, this.principal.userId);
      participant.consentUpdatedByTokenId = this.principal.kind === "apiToken" ? this.principal.tokenId ?? null : null;
      recordAudit(tx, {
        orgId: this.principal.orgId,
        action: AuditAction.CONSENT_CHANGED,
        principal: this.principal,
        meetingId: participant.meeting.id,
        target: { type: "Participant", id: participant.id },
        details: { from, to: input.consent },
      });
      await tx.flush();
      const forgotten =
        input.consent === ConsentStatus.GRANTED ? null : await forgetTranscriptAfterWithdrawal(tx, this.principal, participant.meeting.id, participant.id);
      return { participant, forgotten };
    });
    this.publish(participant.meeting.id, "updated");
    for (const id of forgotten?.actionItemIds ?? []) this.pubsub.publish(actionItemChanged(this.principal.orgId), { id, kind: "deleted" });
    return participant;
  }

  /**
   * Removing someone does not make their words consented: the consent gate also checks every
   * speaker of a transcript, so a removed objector's speech is refused. Audited with the consent they had.
   */
  async removeParticipant(participantId: string): Promise<string> {
    const meetingId = await this.em.transactional(async (tx) => {
      const participant = await tx.findOne(Participant, { id: participantId }, { refresh: true });
      if (!participant) throw notFound("Participant");
      const meetingId = participant.meeting.id;
      recordAudit(tx, {
        orgId: this.principal.orgId,
        action: AuditAction.PARTICIPANT_REMOVED,
        principal: this.principal,
        meetingId,
        target: { type: "Participant", id: participant.id },
        details: { consent: participant.consent },
      });
      tx.remove(participant);
      await tx.flush();
      return meetingId;
    });
    this.publish(meetingId, "updated");
    return participantId;
  }

  /**
   * For imports (calendar files and feeds): a meeting staged in this service's unit of work and
   * flushed by the caller, so that a whole file is one transaction. Announce it after the commit.
   */
  stageImported(input: { title: string; startsAt: Date; endsAt: Date | null; location: string | null; agendaItems: string[]; organizerId?: string | null }): Meeting {
    return this.em.create(Meeting, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: input.location,
      agendaItems: input.agendaItems,
      organizer: this.em.getReference(User, input.organizerId ?? this.principal.userId),
    });
  }

  /** For imports: the stakeholder as a participant (consent PENDING), staged like `stageImported`; the caller knows they are not one yet. */
  stageImportedParticipant(meeting: Meeting, stakeholder: Stakeholder): Participant {
    return this.em.create(Participant, { organization: this.em.getReference(Organization, this.principal.orgId), meeting, stakeholder, role: null });
  }

  /** For imports, once committed: tells subscribers which meetings appeared or changed. */
  announce(ids: readonly string[], kind: "created" | "updated") {
    for (const id of ids) this.publish(id, kind);
  }

  private publish(id: string, kind: "created" | "updated") {
    this.pubsub.publish(meetingChanged(this.principal.orgId), { id, kind });
  }
}
