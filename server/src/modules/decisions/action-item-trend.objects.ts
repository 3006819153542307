import { Field, Int, ObjectType } from "type-graphql";
import { z } from "zod";

/** How many days back `actionItemTrend` may reach; the default is one month. */
export const TREND_DAYS_DEFAULT = 30;
export const TREND_DAYS_MAX = 365;

export const actionItemTrendDaysSchema = z.number().int().min(1).max(TREND_DAYS_MAX);

@ObjectType({ description: "The organisation's action items as they stood at the end of one day (Europe/Stockholm)." })
export class ActionItemTrendPoint {
  @Field(() => String, { description: "The day, YYYY-MM-DD (Europe/Stockholm)." })
  date!: string;

  @Field(() => Int, { description: "Items open at the end of the day, overdue ones included." })
  open!: number;

  @Field(() => Int, { description: "Items done by the end of the day." })
  done!: number;

  @Field(() => Int, { description: "Of the open items, those whose due date had passed (due before this day)." })
  overdue!: number;
}
