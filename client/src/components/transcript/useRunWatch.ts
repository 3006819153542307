import { useEffect, useRef } from "react";
import { useClient, useSubscription } from "urql";
import { graphql } from "../../gql";
import type { RunStatus_ExtractionRunFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";
import { actionItemsText } from "./RunStatus";

export const ExtractionRunChangedSubscription = graphql(`
  subscription ExtractionRunChanged($meetingId: ID!) {
    extractionRunChanged(meetingId: $meetingId) {
      id
      ...RunStatus_ExtractionRun
      meeting {
        id
        extractionRuns {
          id
          ...RunStatus_ExtractionRun
        }
      }
    }
  }
`);

/** Fallback while a run is active, in case the socket is down or an event raced the mutation's answer. */
const ExtractionRunPollQuery = graphql(`
  query ExtractionRunPoll($id: ID!) {
    extractionRun(id: $id) {
      id
      ...RunStatus_ExtractionRun
    }
  }
`);

const POLL_INTERVAL_MS = 2_500;

/**
 * Follows the meeting's extraction runs live (and by polling while one is active), and announces
 * when a run this page saw active finishes; `onSucceeded` then lets the page read its new items.
 */
export function useRunWatch(meetingId: string, latestRun: RunStatus_ExtractionRunFragment | null, onSucceeded: () => void): void {
  const { t } = useI18n();
  const announce = useAnnounce();
  const client = useClient();
  const active = latestRun?.status === "QUEUED" || latestRun?.status === "RUNNING";

  useSubscription({ query: ExtractionRunChangedSubscription, variables: { meetingId } });

  const activeRunId = active ? latestRun?.id : undefined;
  useEffect(() => {
    if (!activeRunId) return;
    const timer = window.setInterval(() => {
      void client.query(ExtractionRunPollQuery, { id: activeRunId }, { requestPolicy: "network-only" }).toPromise();
    }, POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [activeRunId, client]);

  // Runs seen active on this page: when one of them finishes, announce it (and refetch on success).
  const watching = useRef(new Set<string>());
  const runId = latestRun?.id;
  const runStatus = latestRun?.status;
  const decisionCount = latestRun?.decisionCount ?? 0;
  const actionItemCount = latestRun?.actionItemCount ?? 0;
  useEffect(() => {
    if (!runId || !runStatus) return;
    if (runStatus === "QUEUED" || runStatus === "RUNNING") {
      watching.current.add(runId);
      return;
    }
    if (!watching.current.delete(runId)) return;
    if (runStatus === "SUCCEEDED") {
      announce(t("run.announceSucceeded", { decisions: decisionCount, actionItems: actionItemsText(actionItemCount, t) }));
      onSucceeded();
    } else {
      announce(t("run.announceFailed"));
    }
  }, [runId, runStatus, decisionCount, actionItemCount, announce, t, onSucceeded]);
}
