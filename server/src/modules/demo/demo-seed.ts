import type { Logger } from "pino";
import type { Database } from "../../platform/db";
import { todayInStockholm } from "../../platform/validation";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { Meeting, MeetingStatus } from "../meetings/meeting.entity";
import { Participant } from "../meetings/participant.entity";
import { Decision } from "../decisions/decision.entity";
import { ActionItem, ActionItemStatus } from "../decisions/action-item.entity";
import { writeBriefSettings } from "../briefs/brief-settings.store";
import { DEMO_MEETINGS, DEMO_ORG, DEMO_STAKEHOLDERS, DEMO_USERS, SECOND_ORG, SECOND_ORG_USERS } from "./demo-data";

const DAY = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Seeds the demo organisations once; a second start finds them and does nothing. */
export async function seedDemo(db: Database, logger: Logger, now = new Date()): Promise<boolean> {
  const em = db.system();
  if (await em.count(Organization, { slug: DEMO_ORG.slug })) return false;
  const orgId = await em.transactional(async (tx) => {
    const org = tx.create(Organization, DEMO_ORG);
    const users = DEMO_USERS.map((u) => tx.create(User, { ...u, organization: org }));
    const stakeholders = DEMO_STAKEHOLDERS.map((s) => tx.create(Stakeholder, { ...s, organization: org }));
    const today = todayInStockholm(now);
    for (const m of DEMO_MEETINGS) {
      const startsAt = new Date(Date.parse(`${addDays(today, m.day)}T00:00:00+01:00`) + m.hour * 3_600_000);
      const meeting = tx.create(Meeting, {
        organization: org,
        title: m.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + m.minutes * 60_000),
        location: m.location,
        sensitivity: m.sensitivity,
        status: m.day < 0 ? MeetingStatus.COMPLETED : MeetingStatus.SCHEDULED,
        agendaItems: m.agenda,
        // The demo's meetings are called by its administrator: escalated nudges go to her.
        organizer: users[0] ?? null,
      });
      for (const p of m.participants) {
        const stakeholder = stakeholders[p.stakeholder];
        if (!stakeholder) throw new Error("demo data: unknown stakeholder index");
        tx.create(Participant, { organization: org, meeting, stakeholder, consent: p.consent, role: p.role ?? null, consentUpdatedAt: p.consent === "PENDING" ? null : startsAt });
      }
      for (const text of m.decisions) tx.create(Decision, { organization: org, meeting, text, decidedAt: startsAt });
      for (const a of m.actions) {
        const owner = a.owner === null ? null : users[a.owner] ?? null;
        tx.create(ActionItem, {
          organization: org,
          meeting,
          title: a.title,
          owner,
          ownerName: owner?.name ?? null,
          dueDate: a.dueInDays === null ? null : addDays(today, a.dueInDays),
          status: a.done ? ActionItemStatus.DONE : ActionItemStatus.OPEN,
          completedAt: a.done ? new Date(now.getTime() - 2 * DAY) : null,
          // Items of past meetings were written down at the meeting and have not moved since:
          // the ones older than 48 working hours are what the first nudge sweep finds.
          ...(m.day < 0 ? { createdAt: startsAt, updatedAt: startsAt } : {}),
        });
      }
    }
    const second = tx.create(Organization, SECOND_ORG);
    for (const u of SECOND_ORG_USERS) tx.create(User, { ...u, organization: second });
    const reg = tx.create(Meeting, {
      organization: second,
      title: "Tillsynsplanering 2027",
      startsAt: new Date(Date.parse(`${addDays(today, 3)}T09:00:00+01:00`)),
      agendaItems: ["Tillsynsplan", "Resurser"],
    });
    tx.create(ActionItem, { organization: second, meeting: reg, title: "Sammanställa tillsynsobjekt", dueDate: addDays(today, -2) });
    return org.id;
  });
  // Pre-briefs a week ahead in the demo (the default is 24 h): the first sweep writes them for the
  // coming week's meetings, so they are there on the first start.
  await writeBriefSettings(em, orgId, { preBriefLeadHours: 168 });
  logger.info({ event: "demo.seeded", meetings: DEMO_MEETINGS.length, users: DEMO_USERS.length }, "demo data seeded");
  return true;
}
