import { offThread } from "../../platform/off-thread";
import { CalendarProblem, parseCalendar, type CalendarProblemCode, type ParsedCalendar } from "./calendar.ical";

/**
 * iCalendar parsing and expansion on a worker thread (platform/off-thread.ts): a 1 MiB file or a
 * long recurrence takes hundreds of milliseconds, which must not stall every other request.
 */
/** Smaller texts are parsed in place: not worth the message round trip. */
const IN_PLACE_CHARS = 64 * 1024;

const parseOnThread = offThread<{ text: string; nowMs: number }, ParsedCalendar>({
  entry: new URL("./calendar-parse.worker.mjs", import.meta.url),
  name: "calendar parser",
  timeoutMs: 20_000,
  failure: (reply) => new CalendarProblem(reply.code as CalendarProblemCode),
  // Stuck (the step budget should have stopped it): the thread is replaced for the next one.
  timeout: () => new CalendarProblem("TOO_COMPLEX"),
});

/** `parseCalendar` off the event loop for large texts; the same result and the same CalendarProblems. */
export function parseCalendarOffThread(text: string, now: Date): Promise<ParsedCalendar> {
  if (text.length < IN_PLACE_CHARS) return Promise.resolve().then(() => parseCalendar(text, now));
  return parseOnThread({ text, nowMs: now.getTime() });
}
