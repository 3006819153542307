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
  // Background jobs: queue states are values, and the change event only says "fetch again".
  // DeadLetter has an id and is normalised by it.
  "JobQueueState",
  "JobQueuesChanged",
  "DeadLetterConnection",
  "DeadLetterEdge",
  "DeadLetterPayload",
  "RevokeApiTokenPayload",
  "RemoveParticipantPayload",
  // Transcripts and briefs: the payloads wrap normalised entities (Transcript, ExtractionRun, Brief).
  "AttachTranscriptPayload",
  "ExtractionRunPayload",
  "BriefPayload",
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

/** Drops every cached Query.<field> (all arguments) so active queries on it refetch. */
function invalidateQueryField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === fieldName) cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
  }
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
    updates: {
      Mutation: {
        // A new user or API token belongs in lists the cache cannot place it in: fetch them again.
        createUser: (_result, _args, cache) => invalidateQueryField(cache, "users"),
        createApiToken: (_result, _args, cache) => invalidateQueryField(cache, "apiTokens"),
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
