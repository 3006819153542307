import { Client, fetchExchange, mapExchange, subscriptionExchange } from "urql";
import { cacheExchange, type Cache } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { hasErrorCode } from "./errors";
import { RECONNECTED_EVENT } from "../lib/useOnReconnect";

export const GRAPHQL_PATH = "/graphql";

/** ws(s)://<current host>/graphql */
export function graphqlWsUrl(location: Location = window.location): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

/** graphql-ws close codes that mean the token was rejected. */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

function isAuthClose(event: unknown): boolean {
  return (
    typeof event === "object" &&
    event !== null &&
    "code" in event &&
    AUTH_CLOSE_CODES.has((event as { code: number }).code)
  );
}

/**
 * Types without an id of their own: graphcache embeds them in their parent instead of
 * normalising them. Everything else implements Node and is keyed by `id`.
 */
const EMBEDDED_TYPE_NAMES = [
  "Viewer",
  "PageInfo",
  "Evidence",
  ...["Meeting", "ActionItem", "Decision", "Stakeholder", "User"].flatMap((t) => [`${t}Connection`, `${t}Edge`]),
  ...["ActionItem", "Decision", "Meeting", "Participant", "Stakeholder", "User"].map((t) => `${t}Payload`),
  "CreateApiTokenPayload",
  // Values without an id: trend points, a file's speakers before upload, removal results.
  "ActionItemTrendPoint",
  // The review loop: verdict results and the weekly precision are values.
  "ReviewSuggestionPayload",
  "ReviewPrecisionWeek",
  "ReviewSettings",
  "ReviewSettingsPayload",
  "TranscriptSpeaker",
  // A transcript's cues are read by the viewer page by page and kept there, not normalised.
  "TranscriptSegment",
  "TranscriptSegmentConnection",
  "TranscriptSegmentEdge",
  // Background jobs: queue states are values, and the change event only says "fetch again".
  // DeadLetter has an id and is normalised by it.
  "JobQueueState",
  "JobQueuesChanged",
  "DeadLetterConnection",
  "DeadLetterEdge",
  "DeadLetterPayload",
  "RevokeApiTokenPayload",
  "RemoveParticipantPayload",
  // Nudges: a Nudge is normalised by its id; its deliveries (their ids are not readable) and the
  // rest are values.
  "NudgeConnection",
  "NudgeDelivery",
  "NudgeEdge",
  "NudgePayload",
  "MarkAllNudgesReadPayload",
  "UnblockActionItemPayload",
  "ActionItemBlock",
  "NotificationPreferences",
  "NudgeSettings",
  // Transcripts and briefs: the payloads wrap normalised entities (Transcript, ExtractionRun, Brief).
  "AttachTranscriptPayload",
  "ExtractionRunPayload",
  "BriefPayload",
  "BriefSettings",
  "BriefSettingsPayload",
  // Calendar: a CalendarFeed is normalised by its id; what an import or a poll did is a value.
  "ImportCalendarPayload",
  "CalendarFeedPayload",
  "DeleteCalendarFeedPayload",
  "PollCalendarFeedPayload",
  // Regwatch: sources, topics, items, versions and alerts are normalised by id; the rest are values
  // (a topic match is a snapshot of the topic's name when the alert was made).
  "RegwatchAlertConnection",
  "RegwatchAlertEdge",
  "RegwatchAlertPayload",
  "RegwatchPollPayload",
  "RegwatchSection",
  "RegwatchSectionDiff",
  "RegwatchWordChange",
  "RegwatchSourcePayload",
  "RegwatchTopicMatch",
  "RegwatchTopicPayload",
  "DeleteRegwatchSourcePayload",
  "DeleteRegwatchTopicPayload",
  // Procurement simulator: results and scenarios are values, not entities. ProcurementEvaluationCriterion
  // and ProcurementCriterionSensitivity have an `id` that is only unique within one scenario, so
  // they must not be normalised by it.
  "ProcurementResult",
  "ProcurementTimeline",
  "ProcurementRankedBid",
  "ProcurementSensitivity",
  "ProcurementCriterionSensitivity",
  "ProcurementBidSensitivity",
  "ProcurementWarning",
  "ProcurementScenario",
  "ProcurementEvaluationSetup",
  "ProcurementEvaluationCriterion",
  "ProcurementBid",
  "ProcurementCriterionScore",
  "ProcurementScenarioComparison",
  "ProcurementScenarioDifference",
  "ProcurementScenarioPayload",
  "DeleteProcurementScenarioPayload",
  "SavedProcurementScenarioConnection",
  "SavedProcurementScenarioEdge",
];
const EMBEDDED_TYPES: Record<string, () => null> = Object.fromEntries(
  EMBEDDED_TYPE_NAMES.map((name) => [name, () => null]),
);

/**
 * Puts a new brief version into its meeting's `briefs`, a plain list the cache cannot extend by
 * itself, when that list is cached (a meeting nobody has looked at is left alone). Pages order the
 * versions themselves.
 */
function linkBrief(cache: Cache, meetingId: unknown, brief: unknown): void {
  if (typeof meetingId !== "string" || typeof brief !== "object" || brief === null || !("id" in brief)) return;
  const meetingKey = cache.keyOfEntity({ __typename: "Meeting", id: meetingId });
  const briefKey = cache.keyOfEntity({ __typename: "Brief", id: String(brief.id) });
  if (!meetingKey || !briefKey) return;
  const current: unknown = cache.resolve(meetingKey, "briefs");
  if (!Array.isArray(current)) return;
  const links = current.filter((link): link is string => typeof link === "string");
  if (links.includes(briefKey)) return;
  cache.link(meetingKey, "briefs", [briefKey, ...links]);
}

type BriefResult = { id: string; meeting?: { id: string } | null } | null | undefined;

/** Drops every cached Query.<field> (all arguments) so active queries on it refetch. */
function invalidateQueryField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === fieldName) cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
}

type ActionItemStatusValue = "OPEN" | "DONE" | "CANCELLED";

/**
 * What a status change will answer, before it does: the row flips at once. Only the fields the
 * change decides are given; graphcache keeps the rest of the cached item, replaces this layer with
 * the server's answer (or the `actionItemChanged` event) and drops it when the server refuses.
 */
function optimisticStatus(status: ActionItemStatusValue) {
  return (args: Record<string, unknown>, cache: Cache) => {
    const id = String((args.input as { id?: unknown } | undefined)?.id ?? "");
    const key = cache.keyOfEntity({ __typename: "ActionItem", id });
    const wasDone = key ? cache.resolve(key, "status") === "DONE" : false;
    // completeActionItem is idempotent: an item already done keeps the time it was done.
    const completedAt = status === "DONE" ? (wasDone && key ? (cache.resolve(key, "completedAt") as string | null) : new Date().toISOString()) : null;
    return { __typename: "ActionItemPayload", actionItem: { __typename: "ActionItem", id, status, completedAt } };
  };
}

/**
 * A verdict on a suggestion flips its review state at once (it leaves "Förslag att granska");
 * whether the id is a decision's or an action item's is read from the cache, not from the id.
 */
function optimisticReview(args: Record<string, unknown>, cache: Cache) {
  const input = (args.input ?? {}) as { id?: unknown; verdict?: unknown };
  const id = String(input.id ?? "");
  const reviewState = input.verdict === "ACCEPT" ? "ACCEPTED" : input.verdict === "REJECT" ? "REJECTED" : "SUGGESTED";
  const reviewedAt = reviewState === "SUGGESTED" ? null : new Date().toISOString();
  const isDecision = cache.resolve({ __typename: "Decision", id }, "reviewState") != null;
  const item = { id, reviewState, reviewedAt };
  return {
    __typename: "ReviewSuggestionPayload",
    decision: isDecision ? { __typename: "Decision", ...item } : null,
    actionItem: isDecision ? null : { __typename: "ActionItem", ...item },
  };
}

export interface ApiClient {
  client: Client;
  dispose(): void;
}

export interface ApiClientOptions {
  token: string | null;
  onUnauthenticated(): void;
}

export function createApiClient({ token, onUnauthenticated }: ApiClientOptions): ApiClient {
  const authorization = token ? `Bearer ${token}` : undefined;

  const wsClient: WsClient = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    connectionParams: () => (authorization ? { authorization } : {}),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) => !isAuthClose(event),
    on: {
      closed: (event) => {
        if (isAuthClose(event)) onUnauthenticated();
      },
      // Back after a loss: pages re-read what they show (events of the gap are gone).
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) window.dispatchEvent(new Event(RECONNECTED_EVENT));
      },
    },
  });

  const cache = cacheExchange({
    keys: EMBEDDED_TYPES,
    optimistic: {
      completeActionItem: optimisticStatus("DONE"),
      reopenActionItem: optimisticStatus("OPEN"),
      cancelActionItem: optimisticStatus("CANCELLED"),
      reviewSuggestion: optimisticReview,
    },
    updates: {
      Mutation: {
        // A new user or API token belongs in lists the cache cannot place it in: fetch them again.
        createUser: (_result, _args, cache) => invalidateQueryField(cache, "users"),
        createApiToken: (_result, _args, cache) => invalidateQueryField(cache, "apiTokens"),
        // An answer to a nudge reads it (and the item's other nudges) and may move it out of
        // "Olästa": the counts and lists of nudges are fetched again.
        ...Object.fromEntries(
          ["markNudgeRead", "markAllNudgesRead", "completeNudge", "snoozeNudge", "blockNudge", "reassignNudge", "unblockActionItem"].map(
            (field) => [field, (_result: unknown, _args: unknown, cache: Cache) => invalidateQueryField(cache, "nudges")],
          ),
        ),
        // Preferences and rules are values without an id: read them again after a change.
        updateNotificationPreferences: (_result, _args, cache) => invalidateQueryField(cache, "notificationPreferences"),
        updateNudgeSettings: (_result, _args, cache) => {
          invalidateQueryField(cache, "nudgeSettings");
          invalidateQueryField(cache, "notificationPreferences");
        },
        updateBriefSettings: (_result, _args, cache) => invalidateQueryField(cache, "briefSettings"),
        updateReviewSettings: (_result, _args, cache) => invalidateQueryField(cache, "reviewSettings"),
        // A verdict changes the precision, and an accepted action item joins the organisation's lists.
        reviewSuggestion: (_result, _args, cache) => {
          invalidateQueryField(cache, "reviewPrecision");
          invalidateQueryField(cache, "actionItems");
          invalidateQueryField(cache, "actionItemTrend");
        },
        generatePreBrief: (result, args, cache) =>
          linkBrief(cache, (args.input as { meetingId?: unknown } | undefined)?.meetingId, (result.generatePreBrief as { brief?: BriefResult } | null)?.brief),
        generatePostBrief: (result, args, cache) =>
          linkBrief(cache, (args.input as { meetingId?: unknown } | undefined)?.meetingId, (result.generatePostBrief as { brief?: BriefResult } | null)?.brief),
        // Feeds come and go from the list; imports and polls add meetings to the lists that hold them.
        createCalendarFeed: (_result, _args, cache) => invalidateQueryField(cache, "calendarFeeds"),
        deleteCalendarFeed: (_result, _args, cache) => invalidateQueryField(cache, "calendarFeeds"),
        importCalendar: (_result, _args, cache) => invalidateQueryField(cache, "meetings"),
        pollCalendarFeed: (_result, _args, cache) => invalidateQueryField(cache, "meetings"),
      },
      Subscription: {
        briefGenerated: (result, _args, cache) => {
          const brief = result.briefGenerated as BriefResult;
          linkBrief(cache, brief?.meeting?.id, brief);
        },
      },
    },
    resolvers: {
      Query: {
        // Let the meeting page read a meeting that is already in the cache.
        meeting: (_parent, args) => ({ __typename: "Meeting", id: args.id as string }),
        // "Visa fler" on the stakeholders page: pages with the same filter are merged into one list.
        stakeholders: relayPagination(),
      },
    },
  });

  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: (): RequestInit => {
      const headers: Record<string, string> = {};
      if (authorization) headers.authorization = authorization;
      return { headers };
    },
    exchanges: [
      cache,
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              const unsubscribe = wsClient.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose() {
      // dispose() awaits the pending connection, which rejects if the socket was refused.
      Promise.resolve(wsClient.dispose()).catch(() => {});
    },
  };
}
