import {
  createSourceEventStream,
  execute,
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import type { IRules } from "graphql-shield";
import type { Logger } from "pino";
import type { Principal } from "./auth";
import { dependsOnIdentity } from "./authz";
import type { GraphQLContext } from "./context";
import { print } from "graphql";
import { unauthenticated } from "./errors";

/**
 * Live events, executed once per event and per distinct *view* rather than once per subscriber.
 *
 * Subscribers of the same operation (document, variables) in the same organisation share one
 * source stream. For each event the members are grouped by their view — principal kind and role,
 * plus the user id when the document touches a field whose rule depends on identity — and the
 * operation is executed once per view with a context of that view; every member of the view gets
 * the same result object. A member's view is read from its connection's *current* principal at
 * each event, so a role change applies to the next event (after any re-check in flight).
 *
 * Each member still passes the subscription's own subscribe-time checks (the root field's
 * `subscribe`, run with the member's context) before it joins.
 */

/** Where one subscriber's events go (the WebSocket server's subscriber handle). */
export interface LiveSink {
  /** One event's payload, JSON bytes shared by every member of the view. False when it was not sent. */
  send(payload: Buffer): boolean;
  /** The source ended: the subscription is complete. */
  end(): void;
}

interface Member {
  ctx: GraphQLContext;
  sink: LiveSink;
  done: boolean;
  /** The principal the view key below was computed for (it changes object on every re-check). */
  keyedFor?: Principal;
  viewKey?: string;
}

interface Group {
  key: string;
  members: Set<Member>;
  source: AsyncIterator<unknown>;
  identity: boolean;
  /** Schema, document, variables and operation: the same for every member (they are the group's key). */
  args: Omit<ExecutionArgs, "contextValue" | "rootValue">;
}

export interface Fanout {
  /**
   * Joins a subscription: its own subscribe-time checks run with its context; then it is a member
   * of its operation's group until `stop`. Refusals come back as a result with errors.
   */
  join(args: ExecutionArgs, sink: LiveSink): Promise<{ stop(): void } | ExecutionResult>;
  /** Operations with at least one subscriber, and subscribers in all. */
  stats(): { groups: number; members: number };
}

export interface FanoutOptions {
  schema: GraphQLSchema;
  permissions: IRules;
  logger: Logger;
  /** A fresh context for one view of one organisation (own entity manager, loaders, rule cache). */
  viewContext(principal: Principal, like: GraphQLContext): GraphQLContext;
  /** Resolves once the member's principal re-check in flight (if any) is done. */
  pending(ctx: GraphQLContext): Promise<void> | undefined;
  /** Counts executions (for metrics and benches). */
  onExecute?(): void;
  /** A view's result as the payload JSON the client gets (error masking included), once per view. */
  serialize(result: ExecutionResult): string;
}

export function createFanout(opts: FanoutOptions): Fanout {
  const groups = new Map<string, Group>();
  const identityByDocument = new WeakMap<DocumentNode, boolean>();
  const rules = opts.permissions as Record<string, Record<string, unknown>>;
  // Printed once per document object (onSubscribe shares one object per query text).
  const printed = new WeakMap<DocumentNode, string>();
  const documentKey = (document: DocumentNode) => printed.get(document) ?? (printed.set(document, print(document)), printed.get(document)!);

  /** Does the document select a field whose rule depends on who is asking? */
  const touchesIdentity = (document: DocumentNode): boolean => {
    const known = identityByDocument.get(document);
    if (known !== undefined) return known;
    let found = false;
    const typeInfo = new TypeInfo(opts.schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) return;
          // Interfaces and unions: the concrete types' rules apply.
          const candidates = isObjectType(parent) ? [parent] : opts.schema.getPossibleTypes(getNamedType(parent) as never);
          if (candidates.some((t) => dependsOnIdentity(rules[t.name]?.[field.name]))) found = true;
        },
      }),
    );
    identityByDocument.set(document, found);
    return found;
  };

  const viewKey = (p: Principal, identity: boolean) => `${p.kind}:${p.role}${identity ? `:${p.userId}` : ""}`;

  const run = async (group: Group) => {
    try {
      for (;;) {
        const next = await group.source.next();
        if (next.done || group.members.size === 0) break;
        const members = [...group.members];
        // A principal change announced before this event: the affected members' rights are re-read first.
        let rechecks: Promise<void>[] | undefined;
        for (const m of members) {
          const p = opts.pending(m.ctx);
          if (p) (rechecks ??= []).push(p);
        }
        if (rechecks) await Promise.all(rechecks);
        const views = new Map<string, { principal: Principal; members: Member[] }>();
        for (const m of members) {
          const principal = m.ctx.principal;
          if (!principal || m.done) continue;
          if (m.keyedFor !== principal) {
            m.keyedFor = principal;
            m.viewKey = viewKey(principal, group.identity);
          }
          const key = m.viewKey!;
          let view = views.get(key);
          if (!view) views.set(key, (view = { principal, members: [] }));
          view.members.push(m);
        }
        for (const view of views.values()) {
          const ctx = opts.viewContext(view.principal, view.members[0]!.ctx);
          opts.onExecute?.();
          const result = await execute({ ...group.args, contextValue: ctx, rootValue: next.value });
          const payload = Buffer.from(opts.serialize(result));
          for (const m of view.members) if (!m.done) m.sink.send(payload);
        }
      }
    } catch (error) {
      opts.logger.warn({ event: "fanout.source_failed", errorName: error instanceof Error ? error.name : typeof error }, "live event source failed");
    } finally {
      if (groups.get(group.key) === group) groups.delete(group.key);
      for (const m of group.members) {
        if (m.done) continue;
        m.done = true;
        m.sink.end();
      }
      group.members.clear();
    }
  };

  return {
    stats: () => ({ groups: groups.size, members: [...groups.values()].reduce((n, g) => n + g.members.size, 0) }),

    async join(args, sink) {
      const ctx = args.contextValue as GraphQLContext;
      const principal = ctx.principal;
      if (!principal) return { errors: [unauthenticated()] };
      // The member's own subscribe-time checks, with its own context: a stream we close at once.
      const own = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in own)) return own as ExecutionResult;
      await (own as AsyncIterableIterator<unknown>).return?.();

      // A document that touches an identity rule (a personal feed such as `nudges`) gets its own
      // source per user: its subscribe-time topic depends on who asks, so it must not be shared.
      const identity = touchesIdentity(args.document);
      const key = `${principal.orgId}\u0000${identity ? principal.userId : ""}\u0000${args.operationName ?? ""}\u0000${documentKey(args.document)}\u0000${JSON.stringify(args.variableValues ?? {})}`;
      let group = groups.get(key);
      if (!group) {
        const stream = await createSourceEventStream({ ...args, contextValue: opts.viewContext(principal, ctx) });
        if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
        // Another subscriber of the same operation may have made the group while we waited: join
        // theirs and close ours, so one operation never has two sources.
        group = groups.get(key);
        if (group) void (stream as AsyncIterableIterator<unknown>).return?.();
        else {
          const { contextValue: _c, rootValue: _r, ...shared } = args;
          void _c;
          void _r;
          group = { key, members: new Set(), source: (stream as AsyncIterableIterator<unknown>)[Symbol.asyncIterator](), identity, args: shared };
          groups.set(key, group);
          void run(group);
        }
      }
      const member: Member = { ctx, sink, done: false };
      group.members.add(member);
      const joined = group;
      return {
        stop() {
          if (member.done) return;
          member.done = true;
          joined.members.delete(member);
          if (joined.members.size === 0) {
            if (groups.get(joined.key) === joined) groups.delete(joined.key);
            void joined.source.return?.();
          }
        },
      };
    },
  };
}
