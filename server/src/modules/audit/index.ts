import { defineModule } from "../../platform/module";
import { AuditEvent } from "./audit-event.entity";
import { auditPermissions } from "./audit.permissions";
import { AuditResolver } from "./audit.resolver";

/** Audit events: written by other modules through `recordAudit`; listed to admins by `auditEvents`. */
export const auditModule = defineModule({
  key: "AUDIT",
  description: "An append-only record of sensitive actions (ids and counts, never content), listed to admins.",
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  permissions: auditPermissions,
});
