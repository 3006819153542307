import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { toGlobalId } from "../../platform/ids";
import type { DeadLetterRow, QueueCounts } from "../../platform/jobs/store";
import { Connection } from "../../platform/pagination";
import { globalIdOf, trimmed } from "../../platform/validation";

export enum DeadLetterStatus {
  DEAD = "DEAD",
  REPLAYED = "REPLAYED",
  DISCARDED = "DISCARDED",
}
registerEnumType(DeadLetterStatus, {
  name: "DeadLetterStatus",
  description: "Where a dead letter stands.",
  valuesConfig: {
    DEAD: { description: "Waiting for an admin: replay it once the cause is fixed, or discard it." },
    REPLAYED: { description: "Put back on the queue by an admin." },
    DISCARDED: { description: "Dismissed by an admin." },
  },
});

@ObjectType({ description: "One background job's queue in the viewer's organisation (and system-wide jobs)." })
export class JobQueueState {
  @Field(() => String, { description: "The job's name, as `npm run job -- run <name>` takes it." }) jobName!: string;
  @Field(() => String, { description: "What the job does." }) description!: string;
  @Field(() => String, { nullable: true, description: "Its recurring schedule (cron, Europe/Stockholm), if any." }) schedule!: string | null;
  @Field(() => Int, { description: "Runs waiting to start." }) queued!: number;
  @Field(() => Int, { description: "Runs in progress." }) running!: number;
  @Field(() => Int, { description: "Runs that failed and wait for a retry." }) failed!: number;
  @Field(() => Int, { description: "Runs that exhausted their attempts (open dead letters)." }) dead!: number;
  @Field(() => Int, { description: "Runs that succeeded in the last 24 hours." }) succeeded24h!: number;
}

@ObjectType({ description: "A job run that failed its last attempt. Carries ids and an error code, never content." })
export class DeadLetter {
  @Field(() => ID, { description: "Opaque id." }) id!: string;
  @Field(() => String, { description: "The job's name." }) jobName!: string;
  @Field(() => String, { description: "The run's idempotency key (ids only)." }) jobKey!: string;
  @Field(() => String, { description: "Stable error code, e.g. TIMEOUT or UNEXPECTED." }) errorCode!: string;
  @Field(() => String, { description: "What went wrong, without content (English, for operators)." }) errorMessage!: string;
  @Field(() => Int, { description: "Attempts made." }) attempts!: number;
  @Field(() => GraphQLISODateTime, { description: "The first failure." }) firstFailedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: "The last failure." }) lastFailedAt!: Date;
  @Field(() => DeadLetterStatus, { description: "Open, replayed or discarded." }) status!: DeadLetterStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "When an admin replayed or discarded it." }) resolvedAt!: Date | null;
  @Field(() => Boolean, { description: "True for jobs of the whole installation (not of one organisation): operators handle those with the CLI." }) system!: boolean;
  @Field(() => Boolean, { description: "Whether the viewer may replay or discard it." }) viewerCanResolve!: boolean;
}

export const DeadLetterConnection = Connection(DeadLetter, "DeadLetter");

export function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return Object.assign(new DeadLetter(), {
    id: toGlobalId("DeadLetter", row.id),
    jobName: row.job_name,
    jobKey: row.job_key,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    attempts: row.attempts,
    firstFailedAt: row.first_failed_at,
    lastFailedAt: row.last_failed_at,
    status: row.status.toUpperCase() as DeadLetterStatus,
    resolvedAt: row.resolved_at,
    system: row.organization_id === null,
    viewerCanResolve: row.organization_id !== null && row.status === "dead",
  });
}

export function toQueueState(counts: QueueCounts | undefined, job: { name: string; description: string; cron?: string }): JobQueueState {
  return Object.assign(new JobQueueState(), {
    jobName: job.name,
    description: job.description,
    schedule: job.cron ?? null,
    queued: counts?.queued ?? 0,
    running: counts?.running ?? 0,
    failed: counts?.failed ?? 0,
    dead: counts?.dead ?? 0,
    succeeded24h: counts?.succeeded ?? 0,
  });
}

@InputType({ description: "Filter dead letters." })
export class DeadLetterFilter {
  @Field(() => DeadLetterStatus, { nullable: true, description: "Only this status (default: DEAD)." }) status?: DeadLetterStatus | null;
  @Field(() => String, { nullable: true, description: "Only this job." }) jobName?: string | null;
}
export const deadLetterFilterSchema = z
  .object({ status: z.enum(DeadLetterStatus).nullish(), jobName: trimmed(1, 100).nullish() })
  .nullish();

@InputType({ description: "Replay or discard one dead letter." })
export class DeadLetterInput {
  @Field(() => ID, { description: "The dead letter." }) id!: string;
}
export const deadLetterInputSchema = z.object({ id: globalIdOf("DeadLetter") });

@ObjectType({ description: "The dead letter after the change." })
export class DeadLetterPayload {
  @Field(() => DeadLetter, { nullable: true, description: "The dead letter." }) deadLetter!: DeadLetter | null;
}

@ObjectType({ description: "Something changed in the viewer's job queues: query `jobQueues` again." })
export class JobQueuesChanged {
  @Field(() => GraphQLISODateTime, { description: "When the change was seen." }) at!: Date;
}
