import type { EntityManager } from "@mikro-orm/postgresql";
import type { Principal } from "../../platform/auth";
import { notFound } from "../../platform/errors";
import type { JobAdmin } from "../../platform/jobs/types";
import type { Page } from "../../platform/pagination";
import { AuditAction } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit";
import { DeadLetterStatus, toDeadLetter, toQueueState, type DeadLetter, type JobQueueState } from "./jobs.objects";

/** Queue state and dead letters for an organisation's admins; every change is audited. */
export class JobsService {
  constructor(
    private readonly jobs: JobAdmin,
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Every registered job, with this organisation's (and the system's) counts; jobs never run show zeros. */
  async queues(): Promise<JobQueueState[]> {
    const counts = new Map((await this.jobs.counts(this.principal.orgId)).map((c) => [c.jobName, c]));
    return this.jobs.catalogue().map((job) => toQueueState(counts.get(job.name), job));
  }

  async deadLetters(filter: { status?: DeadLetterStatus | null; jobName?: string | null } | null | undefined, page: Page): Promise<{ items: DeadLetter[]; total: number }> {
    const { rows, total } = await this.jobs.deadLetters({
      orgId: this.principal.orgId,
      status: (filter?.status ?? DeadLetterStatus.DEAD).toLowerCase(),
      ...(filter?.jobName ? { jobName: filter.jobName } : {}),
      limit: page.limit,
      offset: page.offset,
    });
    return { items: rows.map(toDeadLetter), total };
  }

  async replay(id: string): Promise<DeadLetter> {
    return this.resolve(id, "replay");
  }

  async discard(id: string): Promise<DeadLetter> {
    return this.resolve(id, "discard");
  }

  /** Only the organisation's own, open dead letters; anything else answers NOT_FOUND, like an unknown id. */
  private async resolve(id: string, action: "replay" | "discard"): Promise<DeadLetter> {
    const before = await this.jobs.deadLetter(id, this.principal.orgId);
    if (!before || before.organization_id !== this.principal.orgId || before.status !== "dead") throw notFound("Dead letter");
    const done = action === "replay" ? await this.jobs.replay(id, this.principal.orgId) : await this.jobs.discard(id, this.principal.orgId);
    if (!done) throw notFound("Dead letter");
    recordAudit(this.em, {
      orgId: this.principal.orgId,
      action: action === "replay" ? AuditAction.JOB_REPLAYED : AuditAction.JOB_DISCARDED,
      principal: this.principal,
      target: { type: "DeadLetter", id },
      details: { job: before.job_name, errorCode: before.error_code, attempts: before.attempts },
    });
    await this.em.flush();
    const after = await this.jobs.deadLetter(id, this.principal.orgId);
    if (!after) throw notFound("Dead letter");
    return toDeadLetter(after);
  }
}
