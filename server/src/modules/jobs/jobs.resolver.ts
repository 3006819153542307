import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { forbidden, parseInput } from "../../platform/errors";
import { jobsTopic } from "../../platform/jobs/runtime";
import { Role } from "../../platform/identity/user.entity";
import { parsePage, toConnection } from "../../platform/pagination";
import { mergeAsyncIterables, type ChangeEvent } from "../../platform/pubsub";
import {
  DeadLetterConnection,
  DeadLetterFilter,
  DeadLetterInput,
  DeadLetterPayload,
  JobQueueState,
  JobQueuesChanged,
  deadLetterFilterSchema,
  deadLetterInputSchema,
} from "./jobs.objects";
import { JobsService } from "./jobs.service";

const service = (ctx: GraphQLContext) => new JobsService(ctx.jobs, ctx.em(), requirePrincipal(ctx));

@ArgsType()
class DeadLetterArgs {
  @Field(() => Int, { description: "Page size, 1–100." }) first!: number;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge seen." }) after?: string | null;
  @Field(() => DeadLetterFilter, { nullable: true, description: "Status (default DEAD) and job name." }) filter?: DeadLetterFilter | null;
}

@Resolver()
export class JobsResolver {
  @Query(() => [JobQueueState], { description: "Background jobs and their queues: queued, running, failed (waiting for a retry), dead. Admins only." })
  jobQueues(@Ctx() ctx: GraphQLContext) {
    return service(ctx).queues();
  }

  @Query(() => DeadLetterConnection, { description: "Job runs that exhausted their attempts, newest first. Admins only." })
  async deadLetters(@Args(() => DeadLetterArgs) args: DeadLetterArgs, @Ctx() ctx: GraphQLContext) {
    const page = parsePage(args);
    const filter = parseInput(deadLetterFilterSchema, args.filter, "filter");
    const { items, total } = await service(ctx).deadLetters(filter, page);
    return toConnection(items, total, page);
  }

  @Mutation(() => DeadLetterPayload, { description: "Put a dead letter's run back on the queue (attempts start again). Audited." })
  async replayDeadLetter(@Arg("input", () => DeadLetterInput) input: DeadLetterInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(deadLetterInputSchema, input);
    return { deadLetter: await service(ctx).replay(id) };
  }

  @Mutation(() => DeadLetterPayload, { description: "Dismiss a dead letter without running it again. Audited." })
  async discardDeadLetter(@Arg("input", () => DeadLetterInput) input: DeadLetterInput, @Ctx() ctx: GraphQLContext) {
    const { id } = parseInput(deadLetterInputSchema, input);
    return { deadLetter: await service(ctx).discard(id) };
  }

  @Subscription(() => JobQueuesChanged, {
    description: "An event (at most four a second) whenever the viewer's organisation's or the system's job queues change. Admins only.",
    // Shield does not guard `subscribe`: the role is checked here.
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      const principal = requirePrincipal(ctx);
      if (principal.role !== Role.ADMIN) throw forbidden("Requires role ADMIN");
      return mergeAsyncIterables([ctx.pubsub.subscribe(jobsTopic(principal.orgId)), ctx.pubsub.subscribe(jobsTopic(null))]);
    },
  })
  jobQueuesChanged(@Root() _event: ChangeEvent): JobQueuesChanged {
    return Object.assign(new JobQueuesChanged(), { at: new Date() });
  }
}
