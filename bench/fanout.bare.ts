/**
 * The floor of `npm run bench:fanout`: a plain `ws` WebSocketServer (no GraphQL, no auth, no
 * per-message compression) in its own process. When the parent says so over IPC it sends the
 * given bytes — a graphql-ws `next` message captured from the real server — to every open socket,
 * serialised once (BENCH_BARE_SEND=string: the string handed to each socket's send, as graphql-ws
 * does, so ws encodes it per socket). Never run by hand.
 */
import { WebSocketServer, WebSocket } from "ws";

export type ToBare = { type: "broadcast"; data: string } | { type: "clients" } | { type: "memory" };
export type FromBare = { type: "listening"; port: number } | { type: "sent"; sockets: number; ms: number } | { type: "clients"; sockets: number } | { type: "memory"; heapUsed: number };

if (process.send && process.argv[1]?.endsWith("fanout.bare.ts")) {
  const send = (m: FromBare) => process.send?.(m);
  process.on("disconnect", () => process.exit(0));
  setTimeout(() => process.exit(3), Number(process.env.BENCH_CLIENT_MAX_MS ?? 600_000)).unref();
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false, backlog: 4096 });
  wss.on("connection", (socket) => socket.on("error", () => undefined));
  wss.on("listening", () => send({ type: "listening", port: (wss.address() as { port: number }).port }));
  process.on("message", (raw) => {
    const m = raw as ToBare;
    if (m.type === "broadcast") {
      const started = performance.now();
      const bytes = process.env.BENCH_BARE_SEND === "string" ? m.data : Buffer.from(m.data, "utf8");
      let sockets = 0;
      for (const socket of wss.clients) {
        if (socket.readyState !== WebSocket.OPEN) continue;
        socket.send(bytes, { binary: false });
        sockets++;
      }
      send({ type: "sent", sockets, ms: performance.now() - started });
    } else if (m.type === "memory") {
      // Started with --expose-gc: live bytes, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: "memory", heapUsed: process.memoryUsage().heapUsed });
    } else if (m.type === "clients") {
      send({ type: "clients", sockets: wss.clients.size });
    }
  });
}
