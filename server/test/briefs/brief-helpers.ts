import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { Clock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db";
import { unconfiguredMailer, type Mailer } from "../../src/platform/delivery/types";
import { createJobRuntime, type JobRuntime } from "../../src/platform/jobs/runtime";
import { createLogger } from "../../src/platform/logger";
import { createOutboundClient } from "../../src/platform/outbound";
import { createMemoryPubSub, type AppPubSub } from "../../src/platform/pubsub";
import { Role, User } from "../../src/platform/identity/user.entity";
import { createLocalProvider } from "../../src/ai/index";
import { ActionItem, ActionItemStatus } from "../../src/modules/decisions/action-item.entity";
import { Decision } from "../../src/modules/decisions/decision.entity";
import { Meeting, MeetingStatus, Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { Participant } from "../../src/modules/meetings/participant.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { preBriefEmailJob } from "../../src/modules/briefs/jobs/pre-brief-email.job";
import { preBriefGenerateJob } from "../../src/modules/briefs/jobs/pre-brief-generate.job";
import { preBriefSweepJob } from "../../src/modules/briefs/jobs/pre-brief-sweep.job";
import type { Organization } from "../../src/platform/identity/organization.entity";
import { sql } from "../more-helpers";

export const PUBLIC_URL = "https://postboxen.example";

/** A job runtime with the brief jobs, a manual clock and (optionally) a real mailer. */
export async function briefRuntime(db: Database, o: { clock: Clock; queue?: string; mailer?: Mailer; pubsub?: AppPubSub; logLines?: string[] }): Promise<JobRuntime> {
  const logger = createLogger("info", { write: (line) => void o.logLines?.push(line) });
  return createJobRuntime({
    url: inject("databaseUrl"),
    queue: o.queue ?? `t-briefs-${randomUUID().slice(0, 8)}`,
    definitions: [preBriefSweepJob, preBriefGenerateJob, preBriefEmailJob],
    deps: {
      db,
      pubsub: o.pubsub ?? createMemoryPubSub(),
      logger,
      clock: o.clock,
      provider: createLocalProvider(),
      outbound: createOutboundClient(),
      mailer: o.mailer ?? unconfiguredMailer,
      publicUrl: PUBLIC_URL,
    },
    logger,
    pollMs: 100,
    lockLifetimeMs: 30_000,
    clock: o.clock,
  });
}

/** Factories writing straight to the database, as the other integration suites do. */
export function factories(db: Database, org: Organization) {
  const save = async <T extends object>(make: (em: ReturnType<Database["system"]>) => T): Promise<T> => {
    const em = db.system();
    const entity = make(em);
    await em.flush();
    return entity;
  };
  return {
    meeting: (title: string, startsAt: Date | string, extra: { agendaItems?: string[]; sensitivity?: Sensitivity; status?: MeetingStatus; endsAt?: Date; location?: string } = {}) =>
      save((em) => em.create(Meeting, { organization: org.id, title, startsAt: new Date(startsAt), agendaItems: extra.agendaItems ?? [], sensitivity: extra.sensitivity, status: extra.status, endsAt: extra.endsAt ?? null, location: extra.location ?? null })),
    stakeholder: (name: string, extra: { email?: string | null; title?: string; phone?: string; notes?: string; influence?: number; interest?: number; organizationName?: string } = {}) =>
      save((em) => em.create(Stakeholder, { organization: org.id, name, ...extra })),
    user: (name: string, email: string, extra: { active?: boolean; role?: Role } = {}) =>
      save((em) => em.create(User, { organization: org.id, name, email, role: extra.role ?? Role.VIEWER, active: extra.active ?? true })),
    participant: (meeting: Meeting, stakeholder: Stakeholder, role?: string) =>
      save((em) => em.create(Participant, { organization: org.id, meeting: meeting.id, stakeholder: stakeholder.id, role: role ?? null })),
    item: (meeting: Meeting, title: string, extra: { owner?: User; ownerName?: string; status?: ActionItemStatus; dueDate?: string } = {}) =>
      save((em) => em.create(ActionItem, { organization: org.id, meeting: meeting.id, title, owner: extra.owner?.id ?? null, ownerName: extra.ownerName ?? null, status: extra.status, dueDate: extra.dueDate ?? null })),
    decision: (meeting: Meeting, text: string) => save((em) => em.create(Decision, { organization: org.id, meeting: meeting.id, text })),
  };
}

export interface BriefRow {
  id: string;
  version: number;
  body: string;
  for_starts_at: Date | null;
}

export const preBriefs = (db: Database, meetingId: string) =>
  sql<BriefRow>(db, `select id, version, body, for_starts_at from briefs where meeting_id = ? and kind = 'PRE' order by version`, [meetingId]);

export const generateKeys = (db: Database, queue: string, meetingId: string) =>
  sql<{ key: string; status: string }>(db, `select key, status from job_runs where queue = ? and job_name = 'pre-brief-generate' and key like ? order by created_at`, [queue, `pre-brief-generate:${meetingId}:%`]);

/** Counts the SQL statements the ORM sends while `fn` runs (through the debug option, as explain.test.ts does). */
export async function countStatements(db: Database, fn: () => Promise<unknown>): Promise<string[]> {
  const config = db.orm.config;
  const logger = config.getLogger() as unknown as { logQuery?: (context: { query?: unknown; level?: string }) => void };
  const seen: string[] = [];
  config.set("debug", ["query"]);
  logger.logQuery = (context) => {
    if (context.level !== "error" && typeof context.query === "string") seen.push(context.query);
  };
  try {
    await fn();
  } finally {
    delete logger.logQuery;
    config.set("debug", false);
  }
  return seen;
}

export { ActionItemStatus, MeetingStatus, Sensitivity };
