import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { globalIdOf, optionalText, trimmed, validDate } from "../../platform/validation";
import { ConsentStatus, Participant } from "./participant.entity";
import { Meeting, MeetingStatus, Sensitivity } from "./meeting.entity";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection", description: "Sort direction." });

export enum MeetingOrderField {
  STARTS_AT = "STARTS_AT",
  TITLE = "TITLE",
}
registerEnumType(MeetingOrderField, { name: "MeetingOrderField", description: "What to sort meetings by." });

@InputType({ description: "Which meetings to list." })
export class MeetingFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: "Meetings starting at or after this time." })
  from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "Meetings starting before this time." })
  to?: Date;
  @Field(() => [MeetingStatus], { nullable: true, description: "Only these statuses." })
  status?: MeetingStatus[];
  @Field(() => String, {
    nullable: true,
    description: "Words in the title, agenda or place (Swedish full text: every word must match, as a word or the start of one; inflections match).",
  })
  search?: string;
  @Field(() => Sensitivity, { nullable: true, description: "Only meetings of this sensitivity." })
  sensitivity?: Sensitivity;
  @Field(() => ID, { nullable: true, description: "Only meetings this stakeholder takes part in." })
  participant?: string;
}

@InputType({ description: "How to order meetings." })
export class MeetingOrder {
  @Field(() => MeetingOrderField, { description: "Sort key." })
  field!: MeetingOrderField;
  @Field(() => OrderDirection, { description: "Direction." })
  direction!: OrderDirection;
}

export const meetingFilterSchema = z
  .object({
    from: validDate.nullish(),
    to: validDate.nullish(),
    status: z.array(z.enum(MeetingStatus)).max(10).nullish(),
    search: optionalText(200),
    sensitivity: z.enum(Sensitivity).nullish(),
    participant: globalIdOf("Stakeholder").nullish(),
  })
  .refine((f) => !f.from || !f.to || f.to > f.from, { path: ["to"], message: "must be after from" })
  .nullish();

const agendaSchema = z.array(trimmed(1, 300)).max(50, "at most 50 agenda items");

@InputType({ description: "A new meeting." })
export class CreateMeetingInput {
  @Field(() => String, { description: "Title, 1–300 characters." })
  title!: string;
  @Field(() => GraphQLISODateTime, { description: "Start time." })
  startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "End time, after the start." })
  endsAt?: Date;
  @Field(() => String, { nullable: true, description: "Room or link." })
  location?: string;
  @Field(() => Sensitivity, { nullable: true, description: "Default NORMAL." })
  sensitivity?: Sensitivity;
  @Field(() => [String], { nullable: true, description: "Agenda items, in order." })
  agendaItems?: string[];
}

const endsAfterStart = (v: { startsAt?: Date | null; endsAt?: Date | null }) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt;

export const createMeetingSchema = z
  .object({
    title: trimmed(1, 300),
    startsAt: validDate,
    endsAt: validDate.nullish(),
    location: optionalText(300),
    sensitivity: z.enum(Sensitivity).nullish(),
    agendaItems: agendaSchema.nullish(),
  })
  .refine(endsAfterStart, { path: ["endsAt"], message: "must be after startsAt" });

@InputType({ description: "Changes to a meeting; omitted fields stay as they are." })
export class UpdateMeetingInput {
  @Field(() => ID, { description: "The meeting." })
  id!: string;
  @Field(() => String, { nullable: true, description: "Title." })
  title?: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "Start time." })
  startsAt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "End time." })
  endsAt?: Date;
  @Field(() => String, { nullable: true, description: "Room or link." })
  location?: string;
  @Field(() => MeetingStatus, { nullable: true, description: "Status." })
  status?: MeetingStatus;
  @Field(() => Sensitivity, { nullable: true, description: "Sensitivity." })
  sensitivity?: Sensitivity;
  @Field(() => [String], { nullable: true, description: "Agenda items, replacing the old list." })
  agendaItems?: string[];
}

export const updateMeetingSchema = z
  .object({
    id: globalIdOf("Meeting"),
    title: trimmed(1, 300).optional(),
    startsAt: validDate.optional(),
    endsAt: validDate.nullish(),
    location: optionalText(300),
    status: z.enum(MeetingStatus).optional(),
    sensitivity: z.enum(Sensitivity).optional(),
    agendaItems: agendaSchema.optional(),
  })
  .refine(endsAfterStart, { path: ["endsAt"], message: "must be after startsAt" });

@InputType({ description: "Add a stakeholder, or a user of the organisation, to a meeting: exactly one of stakeholderId and userId." })
export class AddParticipantInput {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;
  @Field(() => ID, { nullable: true, description: "The stakeholder." })
  stakeholderId?: string;
  @Field(() => ID, {
    nullable: true,
    description: "A user of the organisation: they take part as the stakeholder with their e-mail address (created from their name and address when there is none).",
  })
  userId?: string;
  @Field(() => String, { nullable: true, description: "Role in the meeting." })
  role?: string;
}

export const addParticipantSchema = z
  .object({
    meetingId: globalIdOf("Meeting"),
    stakeholderId: globalIdOf("Stakeholder").nullish(),
    userId: globalIdOf("User").nullish(),
    role: optionalText(100),
  })
  .refine((v) => !!v.stakeholderId !== !!v.userId, { path: ["stakeholderId"], message: "give exactly one of stakeholderId and userId" });

@InputType({ description: "Record a participant's consent to recording and AI processing." })
export class SetParticipantConsentInput {
  @Field(() => ID, { description: "The participant." })
  participantId!: string;
  @Field(() => ConsentStatus, { description: "The new consent." })
  consent!: ConsentStatus;
}

export const setParticipantConsentSchema = z.object({
  participantId: globalIdOf("Participant"),
  consent: z.enum(ConsentStatus),
});

@InputType({ description: "Remove a participant from a meeting." })
export class RemoveParticipantInput {
  @Field(() => ID, { description: "The participant." })
  participantId!: string;
}
export const removeParticipantSchema = z.object({ participantId: globalIdOf("Participant") });

@ObjectType({ description: "Result of creating or updating a meeting." })
export class MeetingPayload {
  @Field(() => Meeting, { nullable: true, description: "The meeting." })
  meeting!: Meeting | null;
}

@ObjectType({ description: "Result of changing a participant." })
export class ParticipantPayload {
  @Field(() => Participant, { nullable: true, description: "The participant." })
  participant!: Participant | null;
}

@ObjectType({ description: "Result of removing a participant." })
export class RemoveParticipantPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the removed participant." })
  removedParticipantId!: string | null;
}
