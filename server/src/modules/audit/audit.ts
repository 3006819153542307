import type { EntityManager } from "@mikro-orm/postgresql";
import type { Principal } from "../../platform/auth";
import { Organization } from "../../platform/identity/organization.entity";
import { AuditEvent, type AuditAction, type AuditDetails } from "./audit-event.entity";

export interface AuditEntry {
  orgId: string;
  action: AuditAction;
  /** Who acted; null for a system job. */
  principal: Principal | null;
  meetingId?: string | null;
  target?: { type: string; id: string } | null;
  details?: AuditDetails;
}

/** Adds an audit event to the unit of work of `em` (it is written with the caller's flush/commit). */
export function recordAudit(em: EntityManager, entry: AuditEntry): AuditEvent {
  return em.create(AuditEvent, {
    organization: em.getReference(Organization, entry.orgId),
    action: entry.action,
    actorUserId: entry.principal?.userId ?? null,
    actorTokenId: entry.principal?.kind === "apiToken" ? entry.principal.tokenId ?? null : null,
    meetingId: entry.meetingId ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    details: entry.details ?? {},
  });
}
