import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "../../platform/auth";
import { conflict, notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import type { OutboundClient } from "../../platform/outbound";
import type { AppPubSub } from "../../platform/pubsub";
import { Meeting } from "../meetings/meeting.entity";
import { CalendarImportService, type ImportCounts } from "./calendar-import.service";
import { CalendarFeed } from "./calendar-feed.entity";
import { CalendarProblem } from "./calendar.ical";
import { icsRefused } from "./calendar.errors";
import { parseCalendarOffThread } from "./calendar-parse-pool";
import { pollFeed, type PollOutcome } from "./calendar-poll";

/** Uploads, subscribed feeds and polls, for one organisation-scoped entity manager and principal. */
export class CalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly logger: Logger,
  ) {}

  /** Imports an uploaded file; a file that is not iCalendar (or too much of it) is BAD_USER_INPUT at input.ics. */
  async importUpload(ics: string, now: Date): Promise<ImportCounts & { meetings: Meeting[] }> {
    let parsed;
    try {
      parsed = await parseCalendarOffThread(ics, now);
    } catch (error) {
      if (error instanceof CalendarProblem) throw icsRefused(error.code);
      throw error;
    }
    const { meetingIds, ...counts } = await new CalendarImportService(this.em, this.principal, this.pubsub, this.logger).apply(parsed, { now });
    const found = meetingIds.length > 0 ? await this.em.find(Meeting, { id: { $in: meetingIds } }) : [];
    const byId = new Map(found.map((m) => [m.id, m]));
    this.logger.info({ event: "calendar.imported", orgId: this.principal.orgId, events: parsed.eventCount, occurrences: parsed.occurrences.length, ...counts }, "calendar file imported");
    return { ...counts, meetings: meetingIds.flatMap((id) => byId.get(id) ?? []) };
  }

  feeds(): Promise<CalendarFeed[]> {
    return this.em.find(CalendarFeed, {}, { orderBy: { name: "asc", id: "asc" } });
  }

  async createFeed(input: { name: string; url: string }): Promise<CalendarFeed> {
    if (await this.em.count(CalendarFeed, { url: input.url })) throw conflict("Kalendern prenumereras redan.");
    const feed = this.em.create(CalendarFeed, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      name: input.name,
      url: input.url,
      createdBy: this.em.getReference(User, this.principal.userId),
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict("Kalendern prenumereras redan.");
      throw error;
    }
    this.logger.info({ event: "calendar.feed_created", orgId: this.principal.orgId, feedId: feed.id }, "calendar feed created");
    return feed;
  }

  /** The feed goes; its meetings stay (their events count as uploaded from now on). */
  async deleteFeed(id: string): Promise<string> {
    const feed = await this.em.findOne(CalendarFeed, { id });
    if (!feed) throw notFound("CalendarFeed");
    this.em.remove(feed);
    await this.em.flush();
    this.logger.info({ event: "calendar.feed_deleted", orgId: this.principal.orgId, feedId: id }, "calendar feed deleted");
    return feed.globalId;
  }

  /** Polls now, as the signed-in principal. */
  async pollNow(id: string, outbound: OutboundClient, now: Date): Promise<{ feed: CalendarFeed; outcome: PollOutcome }> {
    const feed = await this.em.findOne(CalendarFeed, { id });
    if (!feed) throw notFound("CalendarFeed");
    const outcome = await pollFeed(this.em, feed, this.principal, { outbound, pubsub: this.pubsub, logger: this.logger }, { now });
    return { feed, outcome };
  }
}
