import type { GraphQLContext } from "../../platform/context";
import type { ChangeEvent } from "../../platform/pubsub";
import type { RegwatchSeverity } from "./regwatch.enums";
import { regwatchAlertTopic } from "./regwatch.topics";

/** Events of `source` for which `keep` answers true, in order; returning ends the source too. */
function filtered<T>(source: AsyncIterable<T>, keep: (event: T) => Promise<boolean>): AsyncIterableIterator<T> {
  const it = source[Symbol.asyncIterator]();
  const out: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const r = await it.next();
        if (r.done) return r;
        if (await keep(r.value).catch(() => false)) return r;
      }
    },
    async return() {
      await it.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return out;
    },
  };
  return out;
}

/**
 * The organisation's alert events, filtered by severity and topic. Subscribers of the same
 * document and variables share one source (platform/fanout.ts), so the check is one small
 * statement per event and subscription group — not per subscriber.
 */
export function alertEvents(ctx: GraphQLContext, orgId: string, filter: { severity?: RegwatchSeverity[] | null; topicId?: string | null } | null | undefined): AsyncIterable<ChangeEvent> {
  const source = ctx.pubsub.subscribe(regwatchAlertTopic(orgId));
  if (!filter?.severity?.length && !filter?.topicId) return source;
  const severities = filter.severity?.length ? new Set<string>(filter.severity) : null;
  const topic = filter.topicId ? JSON.stringify([{ id: filter.topicId }]) : null;
  return filtered(source, async (event) => {
    if (!event.id) return false;
    const [row] = await ctx.db
      .system()
      .getConnection()
      .execute<{ severity: string; topical: boolean }[]>(`select severity::text as severity, (?::jsonb is null or matched_topics @> ?::jsonb) as topical from regwatch_alerts where id = ? and organization_id = ?`, [topic, topic, event.id, orgId]);
    return !!row && row.topical && (!severities || severities.has(row.severity));
  });
}
