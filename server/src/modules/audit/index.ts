import { defineModule } from "../../platform/module";
import { AuditEvent } from "./audit-event.entity";

/** Audit events: written by other modules through `recordAudit`; read by operators in the database. */
export const auditModule = defineModule({
  key: "AUDIT",
  description: "An append-only record of sensitive actions (ids and counts, never content).",
  entities: [AuditEvent],
});
