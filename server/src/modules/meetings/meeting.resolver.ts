import { wrap } from "@mikro-orm/core";
import { Info, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { notFound, parseInput } from "../../platform/errors";
import { idOf, toGlobalId } from "../../platform/ids";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { type ChangeEvent } from "../../platform/pubsub";
import { canEdit } from "../../platform/authz";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "./meeting.entity";
import { Participant } from "./participant.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { MeetingService } from "./meeting.service";
import {
  AddParticipantInput,
  CreateMeetingInput,
  MeetingFilter,
  MeetingOrder,
  MeetingPayload,
  ParticipantPayload,
  RemoveParticipantInput,
  RemoveParticipantPayload,
  SetParticipantConsentInput,
  UpdateMeetingInput,
  addParticipantSchema,
  createMeetingSchema,
  meetingFilterSchema,
  removeParticipantSchema,
  setParticipantConsentSchema,
  updateMeetingSchema,
} from "./meeting.inputs";
import { meetingChanged } from "./meeting.topics";
import type { GraphQLResolveInfo } from "graphql";
import { preloadedRef, readShape } from "../../platform/read-path";

export const MeetingConnection = Connection(Meeting, "Meeting");

const service = (ctx: GraphQLContext) => new MeetingService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, ctx.logger);

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id; null when it does not exist or is not yours." })
  async meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Meeting | null> {
    const uuid = idOf("Meeting", id);
    return uuid ? ctx.em().findOne(Meeting, { id: uuid }) : null;
  }

  @Query(() => MeetingConnection, { description: "The organisation's meetings, a page at a time." })
  async meetings(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Arg("filter", () => MeetingFilter, { nullable: true, description: "Which meetings." }) filter: MeetingFilter | null,
    @Arg("orderBy", () => MeetingOrder, { nullable: true, description: "Order; default start time ascending." }) orderBy: MeetingOrder | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = parsePage({ first, after });
    const where = parseInput(meetingFilterSchema, filter, "filter");
    const { items, total } = await service(ctx).list(where, orderBy, page, readShape(info, ctx.loaders, { organizer: User }));
    return toConnection(items, total, page);
  }

  @FieldResolver(() => [Participant], { description: "Who takes part, with their consent." })
  participants(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return service(ctx).participants(meeting.id);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who called the meeting; escalated reminders go to them." })
  organizer(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    const known = preloadedRef<User>(meeting, "organizer");
    if (known !== undefined) return known;
    return meeting.organizer ? ctx.loaders.load(User, meeting.organizer.id) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change this meeting." })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canEdit(ctx);
  }

  @Mutation(() => MeetingPayload, { description: "Create a meeting." })
  async createMeeting(@Arg("input", () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(createMeetingSchema, input);
    return { meeting: await service(ctx).create(parsed) };
  }

  @Mutation(() => MeetingPayload, { description: "Change a meeting. Only an ADMIN signed in as a person may downgrade SENSITIVE to NORMAL (else FORBIDDEN); every sensitivity change is audited." })
  async updateMeeting(@Arg("input", () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(updateMeetingSchema, input);
    return { meeting: await service(ctx).update(parsed) };
  }

  @Mutation(() => ParticipantPayload, { description: "Add a stakeholder to a meeting; consent starts PENDING." })
  async addParticipant(@Arg("input", () => AddParticipantInput) input: AddParticipantInput, @Ctx() ctx: GraphQLContext) {
    return { participant: await service(ctx).addParticipant(parseInput(addParticipantSchema, input)) };
  }

  @Mutation(() => ParticipantPayload, { description: "Record a participant's consent (GRANTED, DECLINED or back to PENDING)." })
  async setParticipantConsent(@Arg("input", () => SetParticipantConsentInput) input: SetParticipantConsentInput, @Ctx() ctx: GraphQLContext) {
    return { participant: await service(ctx).setConsent(parseInput(setParticipantConsentSchema, input)) };
  }

  @Mutation(() => RemoveParticipantPayload, { description: "Remove a participant from a meeting." })
  async removeParticipant(@Arg("input", () => RemoveParticipantInput) input: RemoveParticipantInput, @Ctx() ctx: GraphQLContext) {
    const { participantId } = parseInput(removeParticipantSchema, input);
    const removed = await service(ctx).removeParticipant(participantId);
    return { removedParticipantId: toGlobalId("Participant", removed) };
  }

  @Subscription(() => Meeting, {
    nullable: true,
    description: "A meeting of your organisation was created or changed.",
    subscribe: ({ context }) => {
      const principal = requirePrincipal(context as GraphQLContext);
      return (context as GraphQLContext).pubsub.subscribe(meetingChanged(principal.orgId));
    },
  })
  async meetingChanged(@Root() event: ChangeEvent, @Ctx() ctx: GraphQLContext): Promise<Meeting | null> {
    // Fresh state per event: a long-lived subscription must not serve a stale identity map.
    const em = ctx.em();
    em.clear();
    ctx.loaders.clear();
    return em.findOne(Meeting, { id: event.id });
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Stakeholder, { description: "The stakeholder who participates." })
  async stakeholder(@Root() participant: Participant, @Ctx() ctx: GraphQLContext): Promise<Stakeholder> {
    if (wrap(participant.stakeholder).isInitialized()) return participant.stakeholder;
    const stakeholder = await ctx.loaders.load(Stakeholder, participant.stakeholder.id);
    if (!stakeholder) throw notFound("Stakeholder");
    return stakeholder;
  }
}
