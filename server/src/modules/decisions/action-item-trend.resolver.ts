import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { ActionItemTrendPoint, TREND_DAYS_DEFAULT, actionItemTrendDaysSchema } from "./action-item-trend.objects";
import { ActionItemTrendService } from "./action-item-trend.service";

@Resolver(() => ActionItemTrendPoint)
export class ActionItemTrendResolver {
  @Query(() => [ActionItemTrendPoint], {
    description: "Open, done and overdue action items at the end of each of the last `days` days (Europe/Stockholm), oldest first, ending today.",
  })
  async actionItemTrend(
    @Arg("days", () => Int, { defaultValue: TREND_DAYS_DEFAULT, description: "How many days, 1–365 (default 30), today included." }) days: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ActionItemTrendPoint[]> {
    const parsed = parseInput(actionItemTrendDaysSchema, days, "days");
    return new ActionItemTrendService(ctx.em(), requirePrincipal(ctx).orgId, ctx.clock).trend(parsed);
  }
}
