import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const fixture = (name: string) => readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "fixtures", name), "utf8");

export interface Served {
  body: string | Buffer;
  type?: string;
  /** Answer conditional requests: ETag from the body, Last-Modified as given. */
  conditional?: boolean;
  lastModified?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
}

export interface FeedServer {
  url: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  serve(path: string, served: Served | ((req: IncomingMessage, res: ServerResponse) => void)): void;
  close(): Promise<void>;
}

/**
 * A local HTTP server that speaks the sources' real formats from fixtures, answers conditional
 * GETs (If-None-Match / If-Modified-Since → 304) and records every request's headers.
 */
export async function startFeedServer(host = "127.0.0.1"): Promise<FeedServer> {
  const routes = new Map<string, Served | ((req: IncomingMessage, res: ServerResponse) => void)>();
  const requests: FeedServer["requests"] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end("not found");
      return;
    }
    if (typeof route === "function") return route(req, res);
    const answer = () => {
      const body = typeof route.body === "string" ? Buffer.from(route.body, "utf8") : route.body;
      const headers: Record<string, string> = { "content-type": route.type ?? "application/xml; charset=utf-8", ...route.headers };
      if (route.conditional) {
        const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
        headers.etag = etag;
        if (route.lastModified) headers["last-modified"] = route.lastModified;
        if (req.headers["if-none-match"] === etag || (route.lastModified && req.headers["if-modified-since"] === route.lastModified && !req.headers["if-none-match"])) {
          res.writeHead(304, headers).end();
          return;
        }
      }
      res.writeHead(route.status ?? 200, headers).end(body);
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    requests,
    serve: (path, served) => void routes.set(path, served),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** An Atom feed of statutes, in Lagrummet's shape (rinfo ids), from texts. */
export function atomOf(entries: { sfs: string; title: string; text: string; published?: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>tag:lagrummet.se,2009:rinfo</id>
  <title>Test</title>
  <updated>2027-03-01T08:00:00Z</updated>
${entries
  .map(
    (e) => `  <entry>
    <id>http://rinfo.lagrummet.se/publ/sfs/${e.sfs}</id>
    <title>${esc(e.title)}</title>
    <published>${e.published ?? "2027-02-27T09:00:00Z"}</published>
    <updated>2027-03-01T08:00:00Z</updated>
    <link rel="alternate" href="https://rinfo.lagrummet.se/publ/sfs/${e.sfs}/data.pdf"/>
    <content type="text">${esc(e.text)}</content>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
}
