import type { EntityManager } from "@mikro-orm/postgresql";
import type { Principal } from "../../platform/auth";
import { forgetUserInProcess } from "../../platform/auth";
import { conflict, notFound } from "../../platform/errors";
import { Organization } from "../../platform/identity/organization.entity";
import { Role, User } from "../../platform/identity/user.entity";
import { announcePrincipalChange } from "../../platform/principal-events";
import type { AppPubSub } from "../../platform/pubsub";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";

/**
 * The organisation's users, as an admin manages them. Each change and its audit event commit in
 * one transaction; a change to someone's rights then takes effect at once: this process forgets
 * their cached principals before answering, and every process re-checks their open sockets.
 */
export class UserService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
  ) {}

  async create(input: { name: string; email: string; role: Role }): Promise<User> {
    const email = input.email.toLowerCase();
    return this.em.transactional(async (tx) => {
      if (await tx.count(User, { email })) throw conflict("A user with that e-mail already exists");
      const user = tx.create(User, { ...input, email, organization: tx.getReference(Organization, this.principal.orgId) });
      recordAudit(tx, { orgId: this.principal.orgId, action: AuditAction.USER_CREATED, principal: this.principal, target: { type: "User", id: user.id }, details: { role: input.role } });
      return user;
    });
  }

  async updateRole(id: string, role: Role): Promise<User> {
    const user = await this.em.transactional(async (tx) => {
      const found = await tx.findOne(User, { id });
      if (!found) throw notFound("User");
      if (found.id === this.principal.userId && role !== Role.ADMIN) throw conflict("You cannot remove your own admin role");
      if (found.role !== role) {
        recordAudit(tx, { orgId: this.principal.orgId, action: AuditAction.USER_ROLE_CHANGED, principal: this.principal, target: { type: "User", id: found.id }, details: { from: found.role, to: role } });
        found.role = role;
      }
      return found;
    });
    this.rightsChanged(user.id);
    return user;
  }

  /**
   * Deactivated: the user cannot sign in, their signed-in sessions and the API tokens they created
   * stop working, and they are no longer offered as owners. Nothing of theirs is deleted.
   * Idempotent: setting the state a user already has changes and audits nothing.
   */
  async setActive(id: string, active: boolean): Promise<User> {
    const user = await this.em.transactional(async (tx) => {
      const found = await tx.findOne(User, { id });
      if (!found) throw notFound("User");
      if (!active && found.id === this.principal.userId) throw conflict("You cannot deactivate yourself");
      if (found.active !== active) {
        found.active = active;
        recordAudit(tx, {
          orgId: this.principal.orgId,
          action: active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED,
          principal: this.principal,
          target: { type: "User", id: found.id },
        });
      }
      return found;
    });
    this.rightsChanged(user.id);
    return user;
  }

  private rightsChanged(userId: string): void {
    forgetUserInProcess(userId);
    // Open subscriptions of that user serve their next event with the new rights (or close), on every process.
    announcePrincipalChange(this.pubsub, userId);
  }
}
