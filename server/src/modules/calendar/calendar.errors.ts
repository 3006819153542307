import { AppError, ErrorCode } from "../../platform/errors";
import type { CalendarProblemCode } from "./calendar.ical";
import { MAX_OCCURRENCES_PER_IMPORT } from "./calendar.ical";

/** Largest `ics` text importCalendar accepts (UTF-8 bytes). */
export const ICS_MAX_BYTES = 1024 * 1024;

/** What people read for each refusal (Swedish, like the rest of the product's messages). */
export const CALENDAR_PROBLEM_MESSAGES: Record<CalendarProblemCode | "TOO_LARGE", string> = {
  INVALID_ICALENDAR: "Filen är inte en giltig iCalendar-fil.",
  TOO_MANY_OCCURRENCES: `Filen ger fler än ${MAX_OCCURRENCES_PER_IMPORT.toLocaleString("sv-SE")} möten under de närmaste 180 dagarna. Dela upp den.`,
  TOO_COMPLEX: "Filens återkommande händelser är för många eller för täta för att räknas fram.",
  TOO_LARGE: `Filen är för stor (högst ${ICS_MAX_BYTES / (1024 * 1024)} MiB).`,
};

/** A refusal of the uploaded text, shaped like parseInput's: BAD_USER_INPUT at the field, with a stable reason. */
export function icsRefused(code: CalendarProblemCode | "TOO_LARGE", field = "input.ics"): AppError {
  const message = CALENDAR_PROBLEM_MESSAGES[code];
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field, problems: [{ path: field.split("."), message }], problemCount: 1, reason: code });
}
