import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { z } from "zod";
import { notFound, conflict } from "../../platform/errors";
import type { Principal } from "../../platform/auth";
import { Topic, type AppPubSub } from "../../platform/pubsub";
import type { Page } from "../../platform/pagination";
import { Organization } from "../organizations/organization.entity";
import { User } from "../organizations/user.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { Meeting } from "./meeting.entity";
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

type Filter = z.infer<typeof meetingFilterSchema>;

/** Meetings and their participants. Every method runs on an organisation-scoped entity manager. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
  ) {}

  async get(id: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id });
    if (!meeting) throw notFound("Meeting");
    return meeting;
  }

  async list(filter: Filter, order: { field: MeetingOrderField; direction: OrderDirection } | null | undefined, page: Page) {
    const where: FilterQuery<Meeting> = {};
    if (filter?.from || filter?.to) where.startsAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.search) where.title = { $ilike: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    const dir: "asc" | "desc" = order?.direction === OrderDirection.DESC ? "desc" : "asc";
    const orderBy = order?.field === MeetingOrderField.TITLE ? { title: dir, id: dir } : { startsAt: dir, id: dir };
    const [items, total] = await this.em.findAndCount(Meeting, where, { orderBy, limit: page.limit, offset: page.offset });
    return { items, total };
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
    });
    await this.em.flush();
    this.publish(meeting.id, "created");
    return meeting;
  }

  async update(input: z.infer<typeof updateMeetingSchema>): Promise<Meeting> {
    const meeting = await this.get(input.id);
    const startsAt = input.startsAt ?? meeting.startsAt;
    const endsAt = input.endsAt === undefined ? meeting.endsAt : input.endsAt;
    if (endsAt && endsAt <= startsAt) throw conflict("endsAt must be after startsAt");
    this.em.assign(meeting, {
      ...(input.title !== undefined && { title: input.title }),
      startsAt,
      endsAt,
      ...(input.location !== undefined && { location: input.location }),
      ...(input.status !== undefined && { status: input.status }),
      ...(input.sensitivity !== undefined && { sensitivity: input.sensitivity }),
      ...(input.agendaItems !== undefined && { agendaItems: input.agendaItems }),
    });
    await this.em.flush();
    this.publish(meeting.id, "updated");
    return meeting;
  }

  async participants(meetingId: string): Promise<Participant[]> {
    return this.em.find(Participant, { meeting: meetingId }, { populate: ["stakeholder"], orderBy: { createdAt: "asc", id: "asc" } });
  }

  async addParticipant(input: z.infer<typeof addParticipantSchema>): Promise<Participant> {
    const meeting = await this.get(input.meetingId);
    const stakeholder = await this.em.findOne(Stakeholder, { id: input.stakeholderId });
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

  /** Anything but GRANTED withdraws consent: the meeting's transcript and what came of it go, in the same transaction. */
  async setConsent(input: z.infer<typeof setParticipantConsentSchema>): Promise<Participant> {
    const { participant, forgotten } = await this.em.transactional(async (tx) => {
      const participant = await tx.findOne(Participant, { id: input.participantId }, { populate: ["stakeholder", "meeting"] });
      if (!participant) throw notFound("Participant");
      participant.consent = input.consent;
      participant.consentUpdatedAt = new Date();
      participant.consentUpdatedBy = this.principal.kind === "user" ? tx.getReference(User, this.principal.userId) : null;
      await tx.flush();
      const forgotten =
        input.consent === ConsentStatus.GRANTED ? null : await forgetTranscriptAfterWithdrawal(tx, this.principal, participant.meeting.id, participant.id);
      return { participant, forgotten };
    });
    this.publish(participant.meeting.id, "updated");
    for (const id of forgotten?.actionItemIds ?? []) this.pubsub.publish(Topic.actionItemChanged(this.principal.orgId), { id, kind: "deleted" });
    return participant;
  }

  async removeParticipant(participantId: string): Promise<string> {
    const participant = await this.em.findOne(Participant, { id: participantId });
    if (!participant) throw notFound("Participant");
    const meetingId = participant.meeting.id;
    await this.em.remove(participant).flush();
    this.publish(meetingId, "updated");
    return participantId;
  }

  private publish(id: string, kind: "created" | "updated") {
    this.pubsub.publish(Topic.meetingChanged(this.principal.orgId), { id, kind });
  }
}
