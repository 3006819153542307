import { useCallback } from "react";
import { useMutation, type CombinedError } from "urql";
import type { NudgeKind } from "../../gql/graphql";
import { inputProblems } from "../../graphql/errors";
import {
  BlockNudgeMutation,
  CompleteNudgeMutation,
  MarkNudgeReadMutation,
  ReassignNudgeMutation,
  SnoozeNudgeMutation,
  UnblockActionItemMutation,
} from "../../graphql/nudges";
import { LOCALE, TIME_ZONE, useI18n } from "../../i18n";

/** Nudges to the meeting's organiser about someone else's item. */
export const ORGANISER_KINDS: ReadonlySet<NudgeKind> = new Set<NudgeKind>(["ESCALATION", "BLOCKED"]);

/** What an answer needs to know about its nudge. */
export interface NudgeTarget {
  id: string;
  actionItemId: string;
  title: string;
  kind: NudgeKind;
  meetingId: string | null;
  meetingTitle: string | null;
}

export type NudgeAnswer =
  | { kind: "complete" }
  | { kind: "snooze"; days: 1 | 3 }
  | { kind: "snoozeUntil"; until: string }
  | { kind: "block"; reason: string }
  | { kind: "reassign"; ownerId: string; ownerName: string }
  | { kind: "unblock" }
  | { kind: "read" };

export type AnswerOutcome =
  | { ok: true; message: string }
  /** `field`: the input field the server refused (`days`, `until`, `reason`, `ownerId`), if any. */
  | { ok: false; error: CombinedError; field: string | null };

/** Told by a nudge after a successful answer; the list shows the message and moves focus on. */
export type AnsweredHandler = (nudgeId: string, message: string) => void;

/** The answers to a nudge, with the Swedish message each success is announced with. */
export function useNudgeAnswer() {
  const { t, tn, formatCalendarDate } = useI18n();
  const [complete, completeMutation] = useMutation(CompleteNudgeMutation);
  const [snooze, snoozeMutation] = useMutation(SnoozeNudgeMutation);
  const [block, blockMutation] = useMutation(BlockNudgeMutation);
  const [reassign, reassignMutation] = useMutation(ReassignNudgeMutation);
  const [unblock, unblockMutation] = useMutation(UnblockActionItemMutation);
  const [markRead, markReadMutation] = useMutation(MarkNudgeReadMutation);
  const fetching = [complete, snooze, block, reassign, unblock, markRead].some((state) => state.fetching);

  const answer = useCallback(
    async (target: NudgeTarget, action: NudgeAnswer): Promise<AnswerOutcome> => {
      const id = target.id;
      const title = target.title;
      let error: CombinedError | undefined;
      let message = "";
      switch (action.kind) {
        case "complete":
          error = (await completeMutation({ input: { id } })).error;
          message = t("nudges.announce.done", { title });
          break;
        case "snooze":
          error = (await snoozeMutation({ input: { id, days: action.days } })).error;
          message = tn("nudges.announce.snoozed", action.days, { title });
          break;
        case "snoozeUntil":
          error = (await snoozeMutation({ input: { id, until: action.until } })).error;
          message = t("nudges.announce.snoozedUntil", { title, date: formatCalendarDate(action.until) });
          break;
        case "block":
          error = (await blockMutation({ input: { id, reason: action.reason } })).error;
          message = t("nudges.announce.blocked", { title });
          break;
        case "reassign":
          error = (await reassignMutation({ input: { id, ownerId: action.ownerId } })).error;
          message = t("nudges.announce.reassigned", { title, name: action.ownerName });
          break;
        case "unblock":
          error = (await unblockMutation({ input: { actionItemId: target.actionItemId } })).error;
          message = t("nudges.announce.unblocked", { title });
          break;
        case "read":
          error = (await markReadMutation({ input: { id } })).error;
          message = t("nudges.announce.read", { title });
          break;
      }
      if (error) {
        const problem = inputProblems(error)[0];
        return { ok: false, error, field: problem?.path[problem.path.length - 1] ?? null };
      }
      return { ok: true, message };
    },
    [completeMutation, snoozeMutation, blockMutation, reassignMutation, unblockMutation, markReadMutation, t, tn, formatCalendarDate],
  );

  return { answer, fetching };
}

/** Today's date in Stockholm, YYYY-MM-DD, plus `days`. */
export function stockholmDatePlus(days: number, now: Date = new Date()): string {
  const today = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const [y, m, d] = today.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}
