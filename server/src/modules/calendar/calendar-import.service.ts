import { sql, type EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Principal } from "../../platform/auth";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import type { AppPubSub } from "../../platform/pubsub";
import { pgArray } from "../../platform/read-path";
import { Meeting, MeetingStatus } from "../meetings/meeting.entity";
import { MeetingService } from "../meetings/meeting.service";
import { Participant } from "../meetings/participant.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { CalendarEvent } from "./calendar-event.entity";
import { CalendarFeed } from "./calendar-feed.entity";
import type { CalendarOccurrence, CalendarPerson, ParsedCalendar } from "./calendar.ical";

/** At most this many meetings come back in an import's payload. */
export const PAYLOAD_MEETINGS = 100;

export interface ImportCounts {
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
}

export interface ImportOutcome extends ImportCounts {
  /** Created, then updated meetings (at most PAYLOAD_MEETINGS). */
  meetingIds: string[];
}

interface Version {
  sequence: number;
  stampedAt?: Date | null;
}

/** > 0 when `a` is a later version than `b`: a higher SEQUENCE, or the same one stamped later. */
function compareVersions(a: Version, b: Version): number {
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  return (a.stampedAt?.getTime() ?? 0) - (b.stampedAt?.getTime() ?? 0);
}

/** Our own export's UID (calendar.export.ts): such an event is that meeting, not a new one. */
const OWN_UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@postboxen$/;

const keyOf = (uid: string, recurrenceId: string) => `${uid}\u0000${recurrenceId}`;
const sameItems = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const localPart = (email: string) => email.slice(0, email.indexOf("@")).slice(0, 200) || email.slice(0, 200);

/**
 * Applies a parsed iCalendar file to the organisation's meetings: creates, updates and cancels by
 * UID and recurrence id, never duplicating and never deleting. One transaction per import,
 * serialised per organisation (two imports of the same file at once must not both create).
 */
export class CalendarImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly logger?: Logger,
  ) {}

  async apply(parsed: ParsedCalendar, opts: { now: Date; feedId?: string | null }): Promise<ImportOutcome> {
    const orgId = this.principal.orgId;
    const feedId = opts.feedId ?? null;
    const result = await this.em.transactional(async (tx) => {
      await tx.execute("select pg_advisory_xact_lock(hashtext(?))", [`calendar-import:${orgId}`]);
      const meetings = new MeetingService(tx, this.principal, this.pubsub, this.logger);
      const organization = tx.getReference(Organization, orgId);
      const feed = feedId ? tx.getReference(CalendarFeed, feedId) : null;
      const counts: ImportCounts = { created: 0, updated: 0, cancelled: 0, unchanged: 0 };
      const createdIds: string[] = [];
      const changed = new Set<string>();
      const cancelledIds: string[] = [];

      const uids = [...new Set([...parsed.occurrences.map((o) => o.uid), ...parsed.series.map((s) => s.uid)])];
      const rows = uids.length > 0 ? await tx.find(CalendarEvent, { uid: { $in: uids } }, { populate: ["meeting"] }) : [];
      const byKey = new Map(rows.map((row) => [keyOf(row.uid, row.recurrenceId), row]));
      const seen = new Set<CalendarEvent>();
      // Events we exported ourselves and that come back (through a calendar program or a feed).
      const ownIds = parsed.occurrences.flatMap((o) => (o.recurrenceId === "" && !byKey.has(keyOf(o.uid, "")) ? (OWN_UID.exec(o.uid)?.[1] ?? []) : []));
      const own = new Map((ownIds.length > 0 ? await tx.find(Meeting, { id: { $in: ownIds } }) : []).map((m) => [m.id, m]));
      const cancel = (meeting: Meeting) => {
        if (meeting.status === MeetingStatus.CANCELLED) return false;
        meeting.status = MeetingStatus.CANCELLED;
        cancelledIds.push(meeting.id);
        counts.cancelled++;
        return true;
      };

      /** Occurrences whose attendees and organizer are applied: the new ones and the newer versions. */
      const applied: { meeting: Meeting; occurrence: CalendarOccurrence; isNew: boolean }[] = [];
      const updates: { meeting: Meeting; occurrence: CalendarOccurrence }[] = [];
      for (const occurrence of parsed.occurrences) {
        const row = byKey.get(keyOf(occurrence.uid, occurrence.recurrenceId));
        const ours = !row && occurrence.recurrenceId === "" ? own.get(OWN_UID.exec(occurrence.uid)?.[1] ?? "") : undefined;
        if (ours) {
          const mapped = tx.create(CalendarEvent, { organization, feed, uid: occurrence.uid, recurrenceId: "", sequence: occurrence.sequence, stampedAt: occurrence.stampedAt, meeting: ours, lastSeenAt: opts.now });
          byKey.set(keyOf(occurrence.uid, ""), mapped);
          seen.add(mapped);
          if (occurrence.cancelled) {
            if (!cancel(ours)) counts.unchanged++;
          } else {
            // Postboxen holds the agenda (a SENSITIVE meeting's export has none): only time, place, title and status come back.
            updates.push({ meeting: ours, occurrence: { ...occurrence, agendaItems: ours.agendaItems } });
          }
          continue;
        }
        if (!row) {
          // A cancellation of something never imported: nothing to cancel, and nothing to create.
          if (occurrence.cancelled) {
            counts.unchanged++;
            continue;
          }
          const meeting = meetings.stageImported({ title: occurrence.title, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt, location: occurrence.location, agendaItems: occurrence.agendaItems });
          const created = tx.create(CalendarEvent, { organization, feed, uid: occurrence.uid, recurrenceId: occurrence.recurrenceId, sequence: occurrence.sequence, stampedAt: occurrence.stampedAt, meeting, lastSeenAt: opts.now });
          byKey.set(keyOf(occurrence.uid, occurrence.recurrenceId), created);
          createdIds.push(meeting.id);
          counts.created++;
          applied.push({ meeting, occurrence, isNew: true });
          continue;
        }
        seen.add(row);
        row.lastSeenAt = opts.now;
        if (feed) row.feed = feed;
        if (compareVersions(occurrence, row) <= 0) {
          counts.unchanged++;
          continue;
        }
        row.sequence = occurrence.sequence;
        row.stampedAt = occurrence.stampedAt;
        if (occurrence.cancelled) {
          if (!cancel(row.meeting)) counts.unchanged++;
          continue;
        }
        updates.push({ meeting: row.meeting, occurrence });
      }

      // Meetings that already hold a transcript or items keep their agenda: only title, time, place and status follow the calendar.
      const withContent = await this.meetingsWithContent(tx, updates.map((u) => u.meeting.id));
      for (const { meeting, occurrence } of updates) {
        const before = { title: meeting.title, startsAt: meeting.startsAt.getTime(), endsAt: meeting.endsAt?.getTime() ?? null, location: meeting.location ?? null, status: meeting.status, agenda: meeting.agendaItems };
        meeting.title = occurrence.title;
        meeting.startsAt = occurrence.startsAt;
        meeting.endsAt = occurrence.endsAt;
        meeting.location = occurrence.location;
        if (meeting.status === MeetingStatus.CANCELLED) meeting.status = MeetingStatus.SCHEDULED;
        if (!withContent.has(meeting.id) && !sameItems(meeting.agendaItems, occurrence.agendaItems)) meeting.agendaItems = occurrence.agendaItems;
        const differs =
          before.title !== meeting.title ||
          before.startsAt !== meeting.startsAt.getTime() ||
          before.endsAt !== (meeting.endsAt?.getTime() ?? null) ||
          before.location !== meeting.location ||
          before.status !== meeting.status ||
          before.agenda !== meeting.agendaItems;
        if (differs) changed.add(meeting.id);
        applied.push({ meeting, occurrence, isNew: false });
      }

      // Occurrences a recurring event no longer has: EXDATEs, and (in a later version of the
      // series) occurrences inside the window that the expansion did not produce.
      const present = new Set(parsed.occurrences.map((o) => keyOf(o.uid, o.recurrenceId)));
      const from = parsed.window.from.getTime();
      const until = parsed.window.until.getTime();
      for (const series of parsed.series) {
        const excluded = new Set(series.excluded);
        const visited = new Set(series.visited);
        for (const row of rows) {
          if (row.uid !== series.uid || row.recurrenceId === "" || present.has(keyOf(row.uid, row.recurrenceId)) || visited.has(row.recurrenceId)) continue;
          // Only ahead of the window's start: a meeting that has taken place is not cancelled afterwards.
          const at = Date.parse(row.recurrenceId);
          if (!(at >= from)) continue;
          const gone = excluded.has(row.recurrenceId) ? compareVersions(series, row) >= 0 : series.complete && at < until && compareVersions(series, row) > 0;
          if (!gone) continue;
          seen.add(row);
          row.sequence = series.sequence;
          row.stampedAt = series.stampedAt;
          cancel(row.meeting);
        }
      }

      // A subscribed feed lists all its events: one that is gone from it is cancelled, if it lies
      // ahead. An empty feed is more likely a glitch than a cleared calendar and cancels nothing.
      if (feedId && parsed.eventCount > 0) {
        const inFile = new Set(parsed.uids);
        const gone = await tx.find(CalendarEvent, { feed: feedId, meeting: { startsAt: { $gte: opts.now }, status: { $ne: MeetingStatus.CANCELLED } } }, { populate: ["meeting"] });
        for (const row of gone) if (!inFile.has(row.uid) && !seen.has(row)) cancel(row.meeting);
      }

      const added = await this.applyPeople(tx, meetings, applied);
      for (const id of added) changed.add(id);
      const cancelledSet = new Set(cancelledIds);
      const updatedIds = [...changed].filter((id) => !cancelledSet.has(id));
      counts.updated = updatedIds.length;
      counts.unchanged += updates.length - updates.filter((u) => changed.has(u.meeting.id)).length;
      await tx.flush();
      return { counts, createdIds, updatedIds, cancelledIds, meetings };
    });
    result.meetings.announce(result.createdIds, "created");
    result.meetings.announce([...result.updatedIds, ...result.cancelledIds], "updated");
    return { ...result.counts, meetingIds: [...result.createdIds, ...result.updatedIds].slice(0, PAYLOAD_MEETINGS) };
  }

  /** Meetings among `ids` that have a transcript, decisions or action items. */
  private async meetingsWithContent(tx: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const list = pgArray(ids);
    const rows = await tx.execute<{ meeting_id: string }[]>(
      `select meeting_id from transcripts where organization_id = ? and meeting_id = any(?::uuid[])
       union select meeting_id from decisions where organization_id = ? and meeting_id = any(?::uuid[])
       union select meeting_id from action_items where organization_id = ? and meeting_id = any(?::uuid[])`,
      [this.principal.orgId, list, this.principal.orgId, list, this.principal.orgId, list],
    );
    return new Set(rows.map((r) => r.meeting_id));
  }

  /**
   * Attendees become participants (consent PENDING) and a matched ORGANIZER the organizer, by
   * e-mail without regard to case: first the organisation's stakeholders, then its users (who get
   * a stakeholder profile), else a new stakeholder from the CN. One query per kind for the whole
   * import. Returns the ids of existing meetings that gained someone.
   */
  private async applyPeople(tx: EntityManager, meetings: MeetingService, applied: { meeting: Meeting; occurrence: CalendarOccurrence; isNew: boolean }[]): Promise<Set<string>> {
    const changed = new Set<string>();
    const people = new Map<string, CalendarPerson>();
    const organizers = new Set<string>();
    for (const { occurrence } of applied) {
      for (const person of occurrence.attendees) if (!people.has(person.email) || (!people.get(person.email)?.name && person.name)) people.set(person.email, person);
      if (occurrence.organizer) organizers.add(occurrence.organizer.email);
    }
    const emails = [...new Set([...people.keys(), ...organizers])];
    if (emails.length === 0) return changed;

    const users = await tx.find(User, { [sql.lower("email")]: { $in: emails } }, { orderBy: { createdAt: "asc", id: "asc" } });
    const userByEmail = new Map<string, User>();
    for (const user of users) if (!userByEmail.has(user.email.toLowerCase())) userByEmail.set(user.email.toLowerCase(), user);

    for (const { meeting, occurrence, isNew } of applied) {
      const organizer = occurrence.organizer ? userByEmail.get(occurrence.organizer.email) : undefined;
      // No matching user: a new meeting keeps the importing user (stageImported's default), an existing one its organizer.
      if (organizer && meeting.organizer?.id !== organizer.id) {
        meeting.organizer = tx.getReference(User, organizer.id);
        if (!isNew) changed.add(meeting.id);
      }
    }

    const attendeeEmails = [...people.keys()];
    if (attendeeEmails.length === 0) return changed;
    const stakeholders = await tx.find(Stakeholder, { [sql.lower("email")]: { $in: attendeeEmails } }, { orderBy: { createdAt: "asc", id: "asc" } });
    const stakeholderByEmail = new Map<string, Stakeholder>();
    for (const s of stakeholders) if (s.email && !stakeholderByEmail.has(s.email.toLowerCase())) stakeholderByEmail.set(s.email.toLowerCase(), s);
    const organization = tx.getReference(Organization, this.principal.orgId);
    for (const [email, person] of people) {
      if (stakeholderByEmail.has(email)) continue;
      const user = userByEmail.get(email);
      stakeholderByEmail.set(email, tx.create(Stakeholder, { organization, name: user?.name ?? person.name ?? localPart(email), email: user?.email ?? email }));
    }

    const existingMeetings = applied.filter((a) => !a.isNew).map((a) => a.meeting.id);
    const existing = new Set<string>();
    if (existingMeetings.length > 0) {
      for (const p of await tx.find(Participant, { meeting: { $in: existingMeetings } })) existing.add(`${p.meeting.id}:${p.stakeholder.id}`);
    }
    for (const { meeting, occurrence, isNew } of applied) {
      for (const person of occurrence.attendees) {
        const stakeholder = stakeholderByEmail.get(person.email);
        if (!stakeholder || existing.has(`${meeting.id}:${stakeholder.id}`)) continue;
        existing.add(`${meeting.id}:${stakeholder.id}`);
        meetings.stageImportedParticipant(meeting, stakeholder);
        if (!isNew) changed.add(meeting.id);
      }
    }
    return changed;
  }
}
