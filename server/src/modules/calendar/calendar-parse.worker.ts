/** Worker thread: parses and expands iCalendar files off the API's event loop (see calendar-parse-pool.ts). */
import { serveOffThread } from "../../platform/off-thread";
import { CalendarProblem, parseCalendar } from "./calendar.ical";

serveOffThread(
  (args: { text: string; nowMs: number }) => parseCalendar(args.text, new Date(args.nowMs)),
  (error) => (error instanceof CalendarProblem ? { code: error.code } : undefined),
);
