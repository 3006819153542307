import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { compileAllowlist, isAddressPermitted, parseIp } from "../../platform/outbound-address";
import { globalIdOf, text, trimmed } from "../../platform/validation";
import { Meeting } from "../meetings/meeting.entity";
import { CalendarFeed, CalendarFeedStatus } from "./calendar-feed.entity";
import { CALENDAR_PROBLEM_MESSAGES, ICS_MAX_BYTES } from "./calendar.errors";

@InputType({ description: "An iCalendar file (RFC 5545) to import." })
export class ImportCalendarInput {
  @Field(() => String, { description: "The file's text (.ics), at most 1 MiB of UTF-8." }) ics!: string;
}

export const importCalendarSchema = z.object({
  // A NUL byte means a binary file, not iCalendar.
  ics: text({ nul: { message: CALENDAR_PROBLEM_MESSAGES.INVALID_ICALENDAR, reason: "INVALID_ICALENDAR" } }).refine((s) => Buffer.byteLength(s, "utf8") <= ICS_MAX_BYTES, {
    message: CALENDAR_PROBLEM_MESSAGES.TOO_LARGE,
    params: { reason: "TOO_LARGE" },
  }),
});

@ObjectType({ description: "What an import did. Importing the same file again changes nothing (everything `unchanged`)." })
export class ImportCalendarPayload {
  @Field(() => Int, { description: "Meetings created (one per event, or per occurrence of a recurring event, in the next 180 days)." }) created!: number;
  @Field(() => Int, { description: "Meetings updated: a later version of the event (SEQUENCE, then LAST-MODIFIED/DTSTAMP), or new attendees." }) updated!: number;
  @Field(() => Int, { description: "Meetings marked CANCELLED (STATUS:CANCELLED, METHOD:CANCEL, an EXDATE, or gone from a subscribed feed)." }) cancelled!: number;
  @Field(() => Int, { description: "Events that changed nothing." }) unchanged!: number;
  @Field(() => [Meeting], { description: "The created, then the updated meetings (at most 100)." }) meetings!: Meeting[];
}

/** webcal:// is how calendar links are published; it is plain HTTP(S) underneath. */
export function normalizeFeedUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw.replace(/^webcals?:\/\//i, "https://"));
  } catch {
    return "must be an http(s) or webcal address";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http(s) or webcal address";
  if (url.username || url.password) return "must not contain a user name or password";
  url.hash = "";
  return url;
}

/**
 * A feed's address. An IP literal in a private, loopback, link-local or metadata range is refused
 * here unless the operator's allow-list names it; host names are checked at every fetch, after DNS.
 */
export const createCalendarFeedSchema = (allowlist: readonly string[]) => {
  const allow = compileAllowlist(allowlist);
  return z.object({
    name: trimmed(1, 200),
    url: text()
      .trim()
      .min(1, "must not be empty")
      .max(2000, "must be at most 2000 characters")
      .transform((value, ctx) => {
        const url = normalizeFeedUrl(value);
        if (typeof url === "string") {
          ctx.addIssue({ code: "custom", message: url });
          return z.NEVER;
        }
        if (parseIp(url.hostname) && !isAddressPermitted(allow, url.hostname)) {
          ctx.addIssue({ code: "custom", message: "points to a private, loopback or link-local address", params: { reason: "BLOCKED_ADDRESS" } });
          return z.NEVER;
        }
        const normalized = url.toString();
        if (normalized.length > 2000) {
          ctx.addIssue({ code: "custom", message: "must be at most 2000 characters" });
          return z.NEVER;
        }
        return normalized;
      }),
  });
};

@InputType({ description: "A calendar to subscribe to." })
export class CreateCalendarFeedInput {
  @Field(() => String, { description: "A name for people, 1–200 characters." }) name!: string;
  @Field(() => String, { description: "The ICS address: http(s):// or webcal:// (fetched as https://)." }) url!: string;
}

@InputType({ description: "Stop polling a calendar. Its meetings stay." })
export class DeleteCalendarFeedInput {
  @Field(() => ID, { description: "The feed." }) id!: string;
}
export const deleteCalendarFeedSchema = z.object({ id: globalIdOf("CalendarFeed") });

@InputType({ description: "Poll a calendar now." })
export class PollCalendarFeedInput {
  @Field(() => ID, { description: "The feed." }) id!: string;
}
export const pollCalendarFeedSchema = z.object({ id: globalIdOf("CalendarFeed") });

@ObjectType({ description: "Result of subscribing to a calendar." })
export class CalendarFeedPayload {
  @Field(() => CalendarFeed, { nullable: true, description: "The feed; polled within 15 minutes, or now with `pollCalendarFeed`." }) feed!: CalendarFeed | null;
}

@ObjectType({ description: "Result of deleting a calendar feed." })
export class DeleteCalendarFeedPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted feed." }) deletedFeedId!: string | null;
}

@ObjectType({ description: "Result of polling a calendar feed now." })
export class PollCalendarFeedPayload {
  @Field(() => CalendarFeed, { nullable: true, description: "The feed, with its new status." }) feed!: CalendarFeed | null;
  @Field(() => CalendarFeedStatus, { description: "OK (imported), NOT_MODIFIED (304) or FAILED." }) status!: CalendarFeedStatus;
  @Field(() => String, { nullable: true, description: "Why it failed (as the feed's lastErrorCode)." }) errorCode!: string | null;
  @Field(() => Int, { description: "Meetings created." }) created!: number;
  @Field(() => Int, { description: "Meetings updated." }) updated!: number;
  @Field(() => Int, { description: "Meetings cancelled." }) cancelled!: number;
  @Field(() => Int, { description: "Events that changed nothing." }) unchanged!: number;
}
