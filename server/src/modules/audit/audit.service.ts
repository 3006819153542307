import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { Page } from "../../platform/pagination";
import { AuditEvent } from "./audit-event.entity";
import type { AuditEventFilterValues } from "./audit.inputs";

/**
 * Reading the audit trail. The entity manager is the request's, so the tenant filter scopes every
 * read to the principal's organisation; the (organization, created_at) index serves the order.
 */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first; ties (one transaction writes several events) broken by id so pages are stable. */
  async list(filter: AuditEventFilterValues, page: Page): Promise<{ items: AuditEvent[]; total: number }> {
    const where: FilterQuery<AuditEvent> = filter?.actions?.length ? { action: { $in: filter.actions } } : {};
    const [items, total] = await this.em.findAndCount(AuditEvent, where, {
      orderBy: { createdAt: "desc", id: "desc" },
      limit: page.limit,
      offset: page.offset,
    });
    return { items, total };
  }
}
