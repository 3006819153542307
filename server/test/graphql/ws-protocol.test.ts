import WebSocket from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { wsTimings } from "../../src/platform/http";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";

/**
 * The graphql-transport-ws protocol as the server speaks it (platform/ws-server.ts), message by
 * message over a plain `ws` socket: the close codes graphql-ws's client relies on, the message
 * order of single results, completes in both directions, keep-alive. The graphql-ws client itself
 * talks to the same server in live.test.ts, hardening-auth.test.ts and principal-changes.test.ts.
 */

const COMPLETE = `mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`;
const REOPEN = `mutation($id: ID!) { reopenActionItem(input: { id: $id }) { actionItem { status } } }`;
type Msg = { id?: string; type: string; payload?: unknown };

class Raw {
  readonly messages: Msg[] = [];
  readonly raw: string[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  private waiters: { test: (m: Msg) => boolean; resolve: (m: Msg) => void }[] = [];
  readonly socket: WebSocket;

  constructor(port: number, protocol: string | undefined = "graphql-transport-ws", options: WebSocket.ClientOptions = {}) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, protocol ? [protocol] : [], options);
    this.socket.on("error", () => undefined);
    this.opened = new Promise((resolve) => this.socket.once("open", () => resolve()));
    this.closed = new Promise((resolve) => this.socket.once("close", (code, reason) => resolve({ code, reason: String(reason) })));
    this.socket.on("message", (data) => {
      const text = String(data);
      const message = JSON.parse(text) as Msg;
      this.raw.push(text);
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
    });
  }

  send(message: unknown) {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  next(test: (m: Msg) => boolean, ms = 5_000): Promise<Msg> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such message within ${ms} ms; got ${JSON.stringify(this.messages.map((m) => m.type))}`)), ms);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  async init(token: string) {
    await this.opened;
    this.send({ type: "connection_init", payload: { authorization: `Bearer ${token}` } });
    await this.next((m) => m.type === "connection_ack");
  }

  close() {
    this.socket.terminate();
  }
}

describe("graphql-transport-ws on the server's own protocol implementation", () => {
  let server: TestServer;
  let a: TestOrg;
  let viewer: string;
  let editor: string;
  const open: Raw[] = [];
  const raw = (...args: ConstructorParameters<typeof Raw> extends [number, ...infer R] ? R : never) => {
    const r = new Raw(server.port, ...args);
    open.push(r);
    return r;
  };
  const saved = { ...wsTimings };

  beforeAll(async () => {
    server = await startTestServer();
    a = await createOrg(server.db);
    viewer = await server.tokenFor(a.viewer);
    editor = await server.tokenFor(a.editor);
  });
  afterEach(() => {
    Object.assign(wsTimings, saved);
    for (const r of open.splice(0)) r.close();
  });
  afterAll(async () => server?.stop());

  async function waitFor(cond: () => boolean, ms = 5_000) {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error("condition not reached");
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Toggles the fixture's action item until `until` holds (a subscription sent just before may not be live yet). */
  let done = false;
  async function changeUntil(until: () => boolean, ms = 5_000) {
    const end = Date.now() + ms;
    while (!until()) {
      if (Date.now() > end) throw new Error("no event arrived");
      done = !done;
      expect((await server.gql(done ? COMPLETE : REOPEN, { id: a.ids.actionItem }, editor)).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("refuses a socket that asks for no subprotocol with 4406, and does not pick another one's", async () => {
    expect((await raw("").closed).code).toBe(4406);
    // The legacy subscriptions-transport-ws protocol is not chosen: the client gives up on the handshake.
    const legacy = raw("graphql-ws");
    let handshake = "";
    legacy.socket.on("error", (e) => (handshake = e.message));
    expect((await legacy.closed).code).toBe(1006);
    expect(handshake).toMatch(/subprotocol/i);
  });

  it("closes a socket that sends no connection_init in time with 4408", async () => {
    wsTimings.connectionInitWaitMs = 150;
    const r = raw();
    await r.opened;
    expect(await r.closed).toEqual({ code: 4408, reason: "Connection initialisation timeout" });
  });

  it("closes on a second connection_init with 4429, on subscribe before the acknowledgement with 4401", async () => {
    const twice = raw();
    await twice.init(viewer);
    twice.send({ type: "connection_init", payload: {} });
    expect((await twice.closed).code).toBe(4429);

    const early = raw();
    await early.opened;
    early.send({ id: "1", type: "subscribe", payload: { query: "{ viewer { role } }" } });
    expect((await early.closed).code).toBe(4401);
  });

  it("closes with 4403 when connection_init carries no valid credentials", async () => {
    const r = raw();
    await r.opened;
    r.send({ type: "connection_init", payload: { authorization: "Bearer nonsense" } });
    expect((await r.closed).code).toBe(4403);
    expect(r.messages).toEqual([]);
  });

  it("closes with 4400 on a message that is not JSON, not a protocol message, or one only a server sends", async () => {
    for (const bad of ["{not json", JSON.stringify({ type: "subscribe", id: 7 }), JSON.stringify({ type: "next", id: "1", payload: {} })]) {
      const r = raw();
      await r.init(viewer);
      r.send(bad);
      expect((await r.closed).code).toBe(4400);
    }
  });

  it("answers ping with pong, echoing the payload", async () => {
    const r = raw();
    await r.init(viewer);
    r.send({ type: "ping", payload: { n: 1 } });
    expect(await r.next((m) => m.type === "pong")).toEqual({ type: "pong", payload: { n: 1 } });
  });

  it("answers a query with next and then complete, and a refusal with one error message carrying the code", async () => {
    const r = raw();
    await r.init(viewer);
    r.send({ id: "q", type: "subscribe", payload: { query: "{ viewer { role } }" } });
    await r.next((m) => m.id === "q" && m.type === "complete");
    expect(r.messages.filter((m) => m.id === "q")).toEqual([
      { id: "q", type: "next", payload: { data: { viewer: { role: "VIEWER" } } } },
      { id: "q", type: "complete" },
    ]);

    r.send({ id: "bad", type: "subscribe", payload: { query: "{ nosuchfield }" } });
    const error = await r.next((m) => m.id === "bad");
    expect(error.type).toBe("error");
    expect((error.payload as { extensions: { code: string } }[]).map((e) => e.extensions.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    for (const e of error.payload as Record<string, unknown>[]) {
      expect(e).not.toHaveProperty("stack");
      expect(String(e.message)).not.toMatch(/\n\s+at /);
    }
    // Neither closes the socket.
    r.send({ type: "ping" });
    await r.next((m) => m.type === "pong");
  });

  it("closes with 4409 when a subscription id is used again while the first is live", async () => {
    const r = raw();
    await r.init(viewer);
    r.send({ id: "s", type: "subscribe", payload: { query: "subscription { actionItemChanged { id } }" } });
    await changeUntil(() => r.messages.some((m) => m.id === "s" && m.type === "next"));
    r.send({ id: "s", type: "subscribe", payload: { query: "subscription { actionItemChanged { id } }" } });
    expect(await r.closed).toEqual({ code: 4409, reason: "Subscriber for s already exists" });
  });

  it("executes each event once for the subscribers of one view on three sockets (postboxen_live_executions_total)", async () => {
    const executions = async () => Number(/^postboxen_live_executions_total (\d+)/m.exec(await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text())?.[1] ?? NaN);
    const sockets = [raw(), raw(), raw()];
    await Promise.all(sockets.map((r) => r.init(viewer)));
    // A document no other test uses, sent by all three at once: one group, one source, one execution per event.
    const query = "subscription Simultaneous { actionItemChanged { id title } }";
    for (const r of sockets) r.send({ id: "live", type: "subscribe", payload: { query } });
    const got = (r: Raw) => r.messages.filter((m) => m.id === "live" && m.type === "next").length;
    await changeUntil(() => sockets.every((r) => got(r) > 0));
    await new Promise((r) => setTimeout(r, 200)); // events of the toggling above still in flight
    const counts = sockets.map(got);
    const before = await executions();
    done = !done;
    expect((await server.gql(done ? COMPLETE : REOPEN, { id: a.ids.actionItem }, editor)).errors).toBeUndefined();
    await waitFor(() => sockets.every((r, i) => got(r) > counts[i]!));
    expect(await executions()).toBe(before + 1);
  });

  it("sends every subscriber of one view the same payload under its own id, and stops one the client completes", async () => {
    const one = raw();
    const two = raw();
    await one.init(viewer);
    await two.init(viewer);
    const query = "subscription { actionItemChanged { id status } }";
    one.send({ id: "first", type: "subscribe", payload: { query } });
    one.send({ id: "second", type: "subscribe", payload: { query } });
    two.send({ id: "other-socket", type: "subscribe", payload: { query } });
    const nexts = (r: Raw, id: string) => r.messages.filter((m) => m.id === id && m.type === "next");
    await changeUntil(() => nexts(one, "first").length > 0 && nexts(one, "second").length > 0 && nexts(two, "other-socket").length > 0);

    // Once all three are live, one more change: each gets it, with the same payload bytes and its own id.
    await new Promise((r) => setTimeout(r, 200)); // events of the toggling above still in flight
    const counts = [nexts(one, "first").length, nexts(one, "second").length, nexts(two, "other-socket").length];
    done = !done;
    expect((await server.gql(done ? COMPLETE : REOPEN, { id: a.ids.actionItem }, editor)).errors).toBeUndefined();
    await waitFor(() => nexts(one, "first").length > counts[0]! && nexts(one, "second").length > counts[1]! && nexts(two, "other-socket").length > counts[2]!);
    const lastOf = (r: Raw, id: string) => r.raw.filter((t) => t.startsWith(`{"id":"${id}","type":"next","payload":`)).at(-1)!;
    const payloadOf = (text: string) => text.slice(text.indexOf('"payload":'));
    const [p1, p2, p3] = [lastOf(one, "first"), lastOf(one, "second"), lastOf(two, "other-socket")];
    expect(payloadOf(p1)).toBe(payloadOf(p3));
    expect(payloadOf(p2)).toBe(payloadOf(p3));
    expect(JSON.parse(p3)).toEqual({ id: "other-socket", type: "next", payload: { data: { actionItemChanged: { id: a.ids.actionItem, status: done ? "DONE" : "OPEN" } } } });

    // The client completes "first": it gets nothing more, "second" on the same socket still does.
    one.send({ id: "first", type: "complete" });
    const before = nexts(one, "first").length;
    const secondBefore = nexts(one, "second").length;
    await changeUntil(() => nexts(one, "second").length >= secondBefore + 2);
    expect(nexts(one, "first").length).toBe(before);
    expect(one.messages.some((m) => m.id === "first" && m.type === "complete")).toBe(false);
  });

  it("pings every keepAliveMs and terminates a peer that leaves a ping unanswered; one that answers stays", async () => {
    wsTimings.keepAliveMs = 120;
    const answering = raw();
    const silent = raw("graphql-transport-ws", { autoPong: false });
    let pings = 0;
    answering.socket.on("ping", () => pings++);
    await answering.init(viewer);
    await silent.init(viewer);
    const closed = await silent.closed;
    expect(closed.code).toBe(1006); // terminated, no close frame
    while (pings < 3) await new Promise((r) => setTimeout(r, 40));
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
  });
});
