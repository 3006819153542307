import { z } from "zod";
import { idOf } from "./ids";

/** A global id of the given type, decoded to its uuid. */
export const globalIdOf = (type: string) =>
  z
    .string()
    .max(200)
    .transform((value, ctx) => {
      const id = idOf(type, value);
      if (!id) {
        ctx.addIssue({ code: "custom", message: `is not a valid ${type} id` });
        return z.NEVER;
      }
      return id;
    });

export const trimmed = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real date");

export const validDate = z.date().refine((d) => !Number.isNaN(d.getTime()), "is not a valid date-time");

/** Today's calendar date in Europe/Stockholm, YYYY-MM-DD: due dates are Swedish calendar days. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

export function todayInStockholm(now = new Date()): string {
  return STOCKHOLM_DATE.format(now);
}
