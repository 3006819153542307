import { z } from "zod";
import { idOf } from "./ids";

// The shared zod types of every input. A client mistake must be a typed BAD_USER_INPUT, never a
// database error: PostgreSQL refuses NUL in text and jsonb, refuses "\ud800"-style escapes in
// jsonb, and the driver silently turns a lone surrogate into U+FFFD in text. Dates outside a sane
// range (year 0000 is not even a PostgreSQL date) are refused here too, with the range named.

export const NUL_MESSAGE = "must not contain NUL characters";
export const LONE_SURROGATE_MESSAGE = "contains an invalid character (lone surrogate)";

/** With the u flag a well-formed pair is one (astral) code point: only lone halves match. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The problem with a string's characters, or null: what no text or JSON column can store. */
export function badCharacters(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return LONE_SURROGATE_MESSAGE;
  return null;
}

/** What a NUL character means for one field, when it means more than "not storable" (e.g. a binary file). */
export interface NulRefusal {
  message: string;
  /** A stable code for clients; becomes `extensions.reason` when it is the first problem (see parseInput). */
  reason?: string;
}

/**
 * Any text a client sends: a string without NUL characters or lone surrogates. Not trimmed and
 * unbounded — use it for text whose whitespace matters (file contents), with a size check of its
 * own; otherwise use `trimmed` / `optionalText`.
 */
export const text = (options: { nul?: NulRefusal } = {}) =>
  z.string().superRefine((value, ctx) => {
    const problem = badCharacters(value);
    if (problem === NUL_MESSAGE && options.nul) {
      ctx.addIssue({ code: "custom", message: options.nul.message, ...(options.nul.reason && { params: { reason: options.nul.reason } }) });
    } else if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
    }
  });

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

/** Required text, trimmed, `min`–`max` characters, without NUL characters or lone surrogates. */
export const trimmed = (min: number, max: number) =>
  text()
    .trim()
    .min(min, min === 1 ? "must not be empty" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

/** Optional text (null or absent allowed), trimmed, at most `max` characters, safe characters only. */
export const optionalText = (max: number) => text().trim().max(max, `must be at most ${max} characters`).nullish();

/**
 * Every string anywhere in `value` (own enumerable properties of objects, array items) checked
 * with `badCharacters`; reports each problem at its path. For structured inputs that another
 * schema validates (e.g. the procurement engine's) and that end up in a jsonb column.
 */
export function stringProblems(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; message: string }[] = [], depth = 0) {
  if (typeof value === "string") {
    const problem = badCharacters(value);
    if (problem) out.push({ path, message: problem });
  } else if (Array.isArray(value)) {
    if (depth < 32) value.forEach((item, i) => stringProblems(item, [...path, i], out, depth + 1));
  } else if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    if (depth < 32) for (const [key, item] of Object.entries(value)) stringProblems(item, [...path, key], out, depth + 1);
  }
  return out;
}

/** `schema`, after refusing NUL characters and lone surrogates in every string of the input. */
export const withSafeStrings = <S extends z.ZodType>(schema: S) =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      for (const problem of stringProblems(value)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    })
    .pipe(schema);

/** The range of dates and date-times the application accepts: far beyond any meeting or deadline. */
export const DATE_RANGE = { min: "1900-01-01", max: "2200-12-31" } as const;
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2201, 0, 1) - 1;
const RANGE_MESSAGE = `must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`;

/** A calendar date YYYY-MM-DD that exists, from 1900-01-01 to 2200-12-31. */
export const isoDate = z.string().superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    ctx.addIssue({ code: "custom", message: "must be a date YYYY-MM-DD" });
    return;
  }
  const ms = Date.parse(`${s}T00:00:00Z`);
  if (Number.isNaN(ms) || !new Date(ms).toISOString().startsWith(s)) ctx.addIssue({ code: "custom", message: "is not a real date" });
  else if (ms < MIN_MS || ms > MAX_MS) ctx.addIssue({ code: "custom", message: RANGE_MESSAGE });
});

/** A date-time (the DateTimeISO scalar's Date) from 1900-01-01T00:00:00Z to 2200-12-31T23:59:59.999Z. */
export const validDate = z.date().superRefine((d, ctx) => {
  const ms = d.getTime();
  if (Number.isNaN(ms)) ctx.addIssue({ code: "custom", message: "is not a valid date-time" });
  else if (ms < MIN_MS || ms > MAX_MS) ctx.addIssue({ code: "custom", message: `${RANGE_MESSAGE} (UTC)` });
});

/** Today's calendar date in Europe/Stockholm, YYYY-MM-DD: due dates are Swedish calendar days. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

let lastToday: { second: number; value: string } | undefined;
export function todayInStockholm(now = new Date()): string {
  // Formatting is ~2 µs and lists ask it for every row: the answer of the same second is kept.
  const second = Math.floor(now.getTime() / 1000);
  if (lastToday?.second === second) return lastToday.value;
  const value = STOCKHOLM_DATE.format(now);
  lastToday = { second, value };
  return value;
}
