import { Entity, Index, Property } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";

/** What happened. Stored as text so a new action needs no migration. */
export enum AuditAction {
  TRANSCRIPT_REFUSED_CONSENT = "TRANSCRIPT_REFUSED_CONSENT",
  TRANSCRIPT_ATTACHED = "TRANSCRIPT_ATTACHED",
  TRANSCRIPT_DELETED_CONSENT_WITHDRAWN = "TRANSCRIPT_DELETED_CONSENT_WITHDRAWN",
  EXTRACTION_REFUSED_SENSITIVE = "EXTRACTION_REFUSED_SENSITIVE",
  /** A queued run stopped at the consent gate (consent changed, or a speaker lacks consent). */
  EXTRACTION_REFUSED_CONSENT = "EXTRACTION_REFUSED_CONSENT",
  /** A meeting's sensitivity changed (details: from, to). */
  SENSITIVITY_CHANGED = "SENSITIVITY_CHANGED",
  /** A participant's consent changed (details: from, to). */
  CONSENT_CHANGED = "CONSENT_CHANGED",
  /** A participant was removed from a meeting (details: the consent they had). */
  PARTICIPANT_REMOVED = "PARTICIPANT_REMOVED",
  /** An admin put a dead letter back on the queue (details: job, error code). */
  JOB_REPLAYED = "JOB_REPLAYED",
  /** An admin dismissed a dead letter (details: job, error code). */
  JOB_DISCARDED = "JOB_DISCARDED",
  /** An admin added a user (details: role). */
  USER_CREATED = "USER_CREATED",
  /** An admin changed a user's role (details: from, to). */
  USER_ROLE_CHANGED = "USER_ROLE_CHANGED",
  /** An admin deactivated a user: they cannot sign in, and their sessions and API tokens stop working. */
  USER_DEACTIVATED = "USER_DEACTIVATED",
  /** An admin reactivated a deactivated user. */
  USER_REACTIVATED = "USER_REACTIVATED",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What an audit event records. New kinds may be added; clients show an unknown one by its name.",
  valuesConfig: {
    TRANSCRIPT_REFUSED_CONSENT: { description: "A transcript was refused because a participant or speaker lacked consent." },
    TRANSCRIPT_ATTACHED: { description: "A transcript was attached to a meeting." },
    TRANSCRIPT_DELETED_CONSENT_WITHDRAWN: { description: "A transcript and what was made from it were deleted because consent was withdrawn." },
    EXTRACTION_REFUSED_SENSITIVE: { description: "An analysis run was refused: the meeting is sensitive and the AI provider is not local." },
    EXTRACTION_REFUSED_CONSENT: { description: "A queued analysis run stopped at the consent gate." },
    SENSITIVITY_CHANGED: { description: "A meeting's sensitivity changed." },
    CONSENT_CHANGED: { description: "A participant's consent changed." },
    PARTICIPANT_REMOVED: { description: "A participant was removed from a meeting." },
    JOB_REPLAYED: { description: "An admin put a dead letter back on the queue." },
    JOB_DISCARDED: { description: "An admin dismissed a dead letter." },
    USER_CREATED: { description: "An admin added a user." },
    USER_ROLE_CHANGED: { description: "An admin changed a user's role." },
    USER_DEACTIVATED: { description: "An admin deactivated a user." },
    USER_REACTIVATED: { description: "An admin reactivated a user." },
  },
});

/** Who acted, as a kind: the audit view shows it without loading anything. */
export enum AuditActorKind {
  USER = "USER",
  API_TOKEN = "API_TOKEN",
  SYSTEM = "SYSTEM",
}
registerEnumType(AuditActorKind, {
  name: "AuditActorKind",
  description: "Who acted: a signed-in person, an integrator API token (acting for the admin who created it), or a system job.",
});

/** Scalar facts only: counts, codes, formats. Never transcript text, names or quotes. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * An append-only record that something privacy-relevant happened. Targets are plain uuids, not
 * foreign keys, so the record outlives what it points at (a deleted transcript must stay audited).
 */
@Entity({ tableName: "audit_events" })
@Index({ properties: ["organization", "createdAt"] })
@ObjectType({
  description: "Something privacy-relevant that happened in the organisation: who, what and when, as ids and kinds. Never content. Admins only.",
})
export class AuditEvent extends TenantEntity {
  get typename(): string {
    return "AuditEvent";
  }

  @Field(() => AuditAction, { description: "What happened." })
  @Property({ type: "string", length: 60 })
  action!: AuditAction;

  /** The user who acted (for an integrator token: the token's user). Null for system jobs. */
  @Property({ type: "uuid", nullable: true })
  actorUserId?: string | null;

  @Property({ type: "uuid", nullable: true })
  actorTokenId?: string | null;

  @Index()
  @Property({ type: "uuid", nullable: true })
  meetingId?: string | null;

  @Property({ type: "string", length: 40, nullable: true })
  targetType?: string | null;

  @Property({ type: "uuid", nullable: true })
  targetId?: string | null;

  @Property({ type: "json" })
  details: AuditDetails = {};
}
