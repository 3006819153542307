import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** Ids that every log line of a request or job carries; never content. */
export interface RequestIds {
  requestId: string;
  traceId: string;
}

const storage = new AsyncLocalStorage<RequestIds>();

export function currentRequestIds(): RequestIds | undefined {
  return storage.getStore();
}

export function runWithRequestIds<T>(ids: RequestIds, fn: () => T): T {
  return storage.run(ids, fn);
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;
const SAFE_REQUEST_ID = /^[\w.-]{8,128}$/;

/** Accept a caller's ids only when they have a safe shape, so a header cannot inject into logs. */
export function requestIdsFromHeaders(headers: Record<string, string | string[] | undefined>): RequestIds {
  const rid = headers["x-request-id"];
  const tp = headers["traceparent"];
  const requestId = typeof rid === "string" && SAFE_REQUEST_ID.test(rid) ? rid : randomUUID();
  const match = typeof tp === "string" ? TRACEPARENT.exec(tp) : null;
  // A fresh trace id from a UUID's 16 bytes (Node hands them out from a cached pool of randomness;
  // randomBytes(16) asked the system for entropy on every request).
  const traceId = match?.[1] ?? randomUUID().replaceAll("-", "");
  return { requestId, traceId };
}
