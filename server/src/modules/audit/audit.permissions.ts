import { fields, isAdmin } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

const AUDIT_EVENT_FIELDS = ["id", "createdAt", "updatedAt", "action", "actorKind", "actor", "apiTokenId", "meetingId", "targetType", "targetId"];

/** The audit trail is the admins' business, field by field. */
export const auditPermissions = {
  Query: { auditEvents: isAdmin },
  AuditEvent: fields(AUDIT_EVENT_FIELDS, isAdmin),
  ...connectionRules("AuditEvent"),
};
