import { Entity, Index, Property } from "@mikro-orm/core";
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
}

/** Scalar facts only: counts, codes, formats. Never transcript text, names or quotes. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * An append-only record that something privacy-relevant happened. Targets are plain uuids, not
 * foreign keys, so the record outlives what it points at (a deleted transcript must stay audited).
 */
@Entity({ tableName: "audit_events" })
@Index({ properties: ["organization", "createdAt"] })
export class AuditEvent extends TenantEntity {
  get typename(): string {
    return "AuditEvent";
  }

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
