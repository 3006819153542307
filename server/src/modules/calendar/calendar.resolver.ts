import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { systemClock } from "../../platform/clock";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { CalendarFeed } from "./calendar-feed.entity";
import { meetingToICalendar } from "./calendar.export";
import {
  CalendarFeedPayload,
  CreateCalendarFeedInput,
  DeleteCalendarFeedInput,
  DeleteCalendarFeedPayload,
  ImportCalendarInput,
  ImportCalendarPayload,
  PollCalendarFeedInput,
  PollCalendarFeedPayload,
  createCalendarFeedSchema,
  deleteCalendarFeedSchema,
  importCalendarSchema,
  pollCalendarFeedSchema,
} from "./calendar.inputs";
import { outboundFor } from "./calendar-poll";
import { CalendarService } from "./calendar.service";

const service = (ctx: GraphQLContext) => new CalendarService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, ctx.logger);

/** The product's base URL for links: PUBLIC_URL, else this server on localhost. */
const baseUrl = (ctx: GraphQLContext) => ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`;

@Resolver(() => Meeting)
export class MeetingCalendarResolver {
  @FieldResolver(() => String, {
    description: "The meeting as an iCalendar file (text/calendar): UID `<id>@postboxen`, times in UTC, the agenda and a link to the meeting (for a SENSITIVE meeting the link only).",
  })
  icalendar(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext): string {
    return meetingToICalendar(meeting, baseUrl(ctx));
  }

  @Mutation(() => ImportCalendarPayload, {
    description:
      "Import an iCalendar file: one meeting per event (recurring events expanded over the next 180 days), updated by UID on later imports, never duplicated or deleted; attendees become participants by e-mail. A file that is not iCalendar answers BAD_USER_INPUT at input.ics.",
  })
  async importCalendar(@Arg("input", () => ImportCalendarInput) input: ImportCalendarInput, @Ctx() ctx: GraphQLContext) {
    const { ics } = parseInput(importCalendarSchema, input);
    return service(ctx).importUpload(ics, systemClock.now());
  }
}

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Query(() => [CalendarFeed], { description: "The organisation's subscribed calendars (admins only)." })
  calendarFeeds(@Ctx() ctx: GraphQLContext): Promise<CalendarFeed[]> {
    return service(ctx).feeds();
  }

  @FieldResolver(() => User, { nullable: true, description: "Who subscribed; scheduled polls act as them." })
  createdBy(@Root() feed: CalendarFeed, @Ctx() ctx: GraphQLContext) {
    return feed.createdBy ? ctx.loaders.load(User, feed.createdBy.id) : null;
  }

  @Mutation(() => CalendarFeedPayload, { description: "Subscribe to a calendar by its ICS address (admins only); polled every 15 minutes." })
  async createCalendarFeed(@Arg("input", () => CreateCalendarFeedInput) input: CreateCalendarFeedInput, @Ctx() ctx: GraphQLContext) {
    const parsed = parseInput(createCalendarFeedSchema(ctx.config.outbound.allowlist), input);
    return { feed: await service(ctx).createFeed(parsed) };
  }

  @Mutation(() => DeleteCalendarFeedPayload, { description: "Stop polling a calendar (admins only). The meetings it brought stay." })
  async deleteCalendarFeed(@Arg("input", () => DeleteCalendarFeedInput) input: DeleteCalendarFeedInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(deleteCalendarFeedSchema, input);
    return { deletedFeedId: await service(ctx).deleteFeed(id) };
  }

  @Mutation(() => PollCalendarFeedPayload, { description: "Poll a calendar now (admins only) and import what changed; a failure is reported in `status` and `errorCode`." })
  async pollCalendarFeed(@Arg("input", () => PollCalendarFeedInput) input: PollCalendarFeedInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(pollCalendarFeedSchema, input);
    const { feed, outcome } = await service(ctx).pollNow(id, outboundFor(ctx.config), systemClock.now());
    return { feed, ...outcome };
  }
}
