import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboundClient, isBlockedAddress, OutboundError, type OutboundErrorCode, parseAllowlist } from "./outbound";

interface TestServer {
  port: number;
  origin: string;
  hits: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[];
  connections: number;
  maxInFlight: number;
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A real HTTP server on 127.0.0.1 that records every connection and request it sees. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<TestServer> {
  let inFlight = 0;
  const server = createServer((req, res) => {
    inFlight++;
    t.maxInFlight = Math.max(t.maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      const body = Buffer.concat(parts).toString();
      t.hits.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res, body);
    });
  });
  const t: TestServer = {
    port: 0,
    origin: "",
    hits: [],
    connections: 0,
    maxInFlight: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on("connection", () => t.connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.port = (server.address() as AddressInfo).port;
  t.origin = `http://127.0.0.1:${t.port}`;
  servers.push(t);
  return t;
}

const ok = (_req: IncomingMessage, res: ServerResponse) => res.end("hello");

/** A resolver that maps test names to addresses and remembers every question it was asked. */
function fakeDns(map: Record<string, string[]>) {
  const calls: string[] = [];
  const resolver = async (host: string) => {
    calls.push(host);
    return (map[host] ?? []).map((address) => ({ address, family: (address.includes(":") ? 6 : 4) as 4 | 6 }));
  };
  return { calls, resolver };
}

async function failure(work: Promise<unknown>, code: OutboundErrorCode): Promise<OutboundError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundError);
  expect((error as OutboundError).code).toBe(code);
  return error as OutboundError;
}

describe("isBlockedAddress", () => {
  const blocked = [
    "127.0.0.1", "127.255.255.254", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "255.255.255.255", "224.0.0.1", "239.255.255.250",
    "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "240.0.0.1",
    "::", "::1", "[::1]", "fe80::1", "fe80::1%eth0", "fc00::1", "fd00:ec2::254", "ff02::1", "fec0::1", "::127.0.0.1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:0:a9fe:a9fe",
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808", "2002:7f00:1::1", "2002:a00:1::", "2001::1",
    "2001:db8::1", "3fff::1", "100::1",
    // Not IP literals at all: fail closed.
    "", "localhost", "example.com", "2130706433", "0x7f.1", "127.1",
  ];
  const allowed = [
    "8.8.8.8", "1.1.1.1", "93.184.215.14", "11.0.0.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
    "100.128.0.1", "192.167.255.255", "192.169.0.1", "198.20.0.1", "223.255.255.255",
    "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
  ];
  it.each(blocked)("blocks %s", (ip) => expect(isBlockedAddress(ip)).toBe(true));
  it.each(allowed)("allows %s", (ip) => expect(isBlockedAddress(ip)).toBe(false));
});

describe("parseAllowlist", () => {
  it.each([
    ["a.example, 10.0.0.0/8 ,127.0.0.1", ["a.example", "10.0.0.0/8", "127.0.0.1"]],
    [undefined, []],
    ["", []],
    [" , ,, ", []],
    ["fd00::/8", ["fd00::/8"]],
  ])("parses %j", (value, expected) => expect(parseAllowlist(value)).toEqual(expected));

  it("refuses a malformed CIDR instead of guessing", () => {
    expect(() => createOutboundClient({ allowlist: ["10.0.0.0/33"] })).toThrow(/allow-list entry/);
  });
});

describe("outbound client: refusals", () => {
  it("blocks private and special targets before any DNS lookup or connection", async () => {
    const srv = await serve(ok);
    const dns = fakeDns({});
    const client = createOutboundClient({ resolver: dns.resolver });
    const p = srv.port;
    const targets = [
      `http://127.0.0.1:${p}/`, `http://localhost:${p}/`, `http://app.localhost:${p}/`, `http://[::1]:${p}/`,
      `http://2130706433:${p}/`, `http://0x7f.1:${p}/`, `http://017700000001:${p}/`, `http://0.0.0.0:${p}/`,
      `http://[::ffff:127.0.0.1]:${p}/`, `http://[::ffff:7f00:1]:${p}/`, `http://[::]:${p}/`, `http://10.0.0.1:${p}/`,
      `http://192.168.1.1:${p}/`, `http://172.16.0.1:${p}/`, `http://169.254.169.254/latest/meta-data/`,
      `http://[fd00:ec2::254]/latest/meta-data/`, `https://100.64.0.1/`,
    ];
    for (const url of targets) await failure(client.request({ url }), "BLOCKED_ADDRESS");
    expect(dns.calls).toEqual([]);
    expect(srv.connections).toBe(0);
  });

  it("blocks a hostname when any resolved address is private", async () => {
    const srv = await serve(ok);
    const dns = fakeDns({ "feeds.example.test": ["127.0.0.1"], "mixed.example.test": ["93.184.215.14", "10.0.0.5"] });
    const client = createOutboundClient({ resolver: dns.resolver });
    const err = await failure(client.request({ url: `http://feeds.example.test:${srv.port}/rss` }), "BLOCKED_ADDRESS");
    expect(err.message).toBe("Outbound request blocked: address is private (host feeds.example.test)");
    await failure(client.request({ url: `http://mixed.example.test:${srv.port}/` }), "BLOCKED_ADDRESS");
    expect(srv.connections).toBe(0);
  });

  it("refuses other schemes, credentials in the URL and unparseable URLs", async () => {
    const srv = await serve(ok);
    const client = createOutboundClient({ allowlist: ["127.0.0.1"] });
    for (const url of ["file:///etc/passwd", `ftp://127.0.0.1:${srv.port}/`, `gopher://127.0.0.1:${srv.port}/_GET`, "data:text/plain,hi", "javascript:alert(1)"]) {
      await failure(client.request({ url }), "BLOCKED_SCHEME");
    }
    await failure(client.request({ url: `http://user:pass@127.0.0.1:${srv.port}/` }), "BAD_URL");
    await failure(client.request({ url: "not a url" }), "BAD_URL");
    expect(srv.connections).toBe(0);
  });

  it("reports DNS failures and keeps query strings out of error messages", async () => {
    const client = createOutboundClient({ resolver: async () => Promise.reject(new Error("ENOTFOUND")) });
    const dnsErr = await failure(client.request({ url: "https://nowhere.example.test/feed?token=s3cret" }), "DNS_FAILED");
    const blockedErr = await failure(client.request({ url: "http://10.0.0.1/x?token=s3cret" }), "BLOCKED_ADDRESS");
    for (const err of [dnsErr, blockedErr]) expect(err.message).not.toMatch(/s3cret|token|\/x/);
    expect(blockedErr.message).toContain("(host 10.0.0.1)");
  });
});

describe("outbound client: allow-list", () => {
  it.each([["127.0.0.1"], ["127.0.0.0/8"], ["::ffff:127.0.0.0/104"]])("admits 127.0.0.1 when the allow-list has %s", async (entry) => {
    const srv = await serve(ok);
    const res = await createOutboundClient({ allowlist: [entry] }).request({ url: `${srv.origin}/hello?x=1` });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe("hello");
    expect(res.url).toBe(`${srv.origin}/hello?x=1`);
    expect(srv.hits[0]?.url).toBe("/hello?x=1");
  });

  it("admits a listed hostname, connects to the one checked address and keeps the name in Host", async () => {
    const srv = await serve(ok);
    // A rebinding resolver: a second lookup would answer 10.0.0.1, so it must never be asked twice.
    let answers = 0;
    const resolver = async () => [{ address: answers++ === 0 ? "127.0.0.1" : "10.0.0.1", family: 4 as const }];
    const client = createOutboundClient({ allowlist: ["Feeds.Example.TEST"], resolver });
    const res = await client.request({ url: `http://feeds.example.test:${srv.port}/` });
    expect(res.status).toBe(200);
    expect(answers).toBe(1);
    expect(srv.hits[0]?.headers.host).toBe(`feeds.example.test:${srv.port}`);
  });
});

describe("outbound client: redirects", () => {
  it("re-checks every hop: an allow-listed server cannot redirect to an unlisted private host", async () => {
    const second = await serve(ok);
    const first = await serve((_req, res) => res.writeHead(302, { location: `http://b.example.test:${second.port}/` }).end());
    const dns = fakeDns({ "a.example.test": ["127.0.0.1"], "b.example.test": ["127.0.0.1"] });
    const client = createOutboundClient({ allowlist: ["a.example.test"], resolver: dns.resolver });
    const err = await failure(client.request({ url: `http://a.example.test:${first.port}/` }), "BLOCKED_ADDRESS");
    expect(err.message).toContain("b.example.test");
    expect(first.hits).toHaveLength(1);
    expect(second.connections).toBe(0);
  });

  it("re-checks the scheme of every hop", async () => {
    const srv = await serve((_req, res) => res.writeHead(301, { location: "file:///etc/passwd" }).end());
    await failure(createOutboundClient({ allowlist: ["127.0.0.1"] }).request({ url: srv.origin }), "BLOCKED_SCHEME");
  });

  it("follows redirects up to the limit and reports the final URL", async () => {
    const srv = await serve((req, res) => {
      const n = Number(req.url?.split("/")[2]);
      if (n > 0) res.writeHead(307, { location: `/r/${n - 1}` }).end();
      else res.end("landed");
    });
    const client = createOutboundClient({ allowlist: ["127.0.0.1"], maxRedirects: 3 });
    const res = await client.request({ url: `${srv.origin}/r/3` });
    expect(res).toMatchObject({ status: 200, redirects: 3, url: `${srv.origin}/r/0` });
    expect(res.body.toString()).toBe("landed");
    await failure(client.request({ url: `${srv.origin}/r/4` }), "TOO_MANY_REDIRECTS");
    expect(srv.hits).toHaveLength(4 + 4);
  });

  it("turns POST into a bodiless GET on 303 but keeps it on 307", async () => {
    const srv = await serve((req, res) => {
      if (req.url === "/see-other") res.writeHead(303, { location: "/target" }).end();
      else if (req.url === "/temporary") res.writeHead(307, { location: "/target" }).end();
      else res.end("done");
    });
    const client = createOutboundClient({ allowlist: ["127.0.0.1"] });
    const post = { method: "POST" as const, body: "payload", headers: { "content-type": "text/plain" } };
    await client.request({ url: `${srv.origin}/see-other`, ...post });
    await client.request({ url: `${srv.origin}/temporary`, ...post });
    expect(srv.hits.map((h) => [h.method, h.url, h.body])).toEqual([
      ["POST", "/see-other", "payload"], ["GET", "/target", ""], ["POST", "/temporary", "payload"], ["POST", "/target", "payload"],
    ]);
    expect(srv.hits[1]?.headers["content-type"]).toBeUndefined();
  });

  it("drops authorization and cookie when the origin changes, keeps them on the same origin", async () => {
    const other = await serve(ok);
    const srv = await serve((req, res) => {
      if (req.url === "/away") res.writeHead(302, { location: `${other.origin}/landing` }).end();
      else if (req.url === "/same") res.writeHead(302, { location: "/landing" }).end();
      else res.end("ok");
    });
    const client = createOutboundClient({ allowlist: ["127.0.0.0/8"] });
    const headers = { Authorization: "Bearer secret", Cookie: "sid=1", "X-Trace": "t1" };
    await client.request({ url: `${srv.origin}/away`, headers });
    await client.request({ url: `${srv.origin}/same`, headers });
    const crossed = other.hits[0]?.headers;
    expect(crossed?.authorization).toBeUndefined();
    expect(crossed?.cookie).toBeUndefined();
    expect(crossed?.["x-trace"]).toBe("t1");
    const same = srv.hits.find((h) => h.url === "/landing")?.headers;
    expect(same?.authorization).toBe("Bearer secret");
    expect(same?.cookie).toBe("sid=1");
  });
});

describe("outbound client: deadlines, size caps, concurrency", () => {
  it("times out against a server that never answers", async () => {
    const srv = await serve(() => undefined);
    const started = Date.now();
    const err = await failure(createOutboundClient({ allowlist: ["127.0.0.1"] }).request({ url: srv.origin, timeoutMs: 300 }), "TIMEOUT");
    expect(Date.now() - started).toBeLessThan(1500);
    expect(err.message).toContain("(host 127.0.0.1)");
  });

  it("honours an external AbortSignal", async () => {
    const srv = await serve(() => undefined);
    const client = createOutboundClient({ allowlist: ["127.0.0.1"] });
    await failure(client.request({ url: srv.origin, signal: AbortSignal.timeout(100) }), "TIMEOUT");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await failure(client.request({ url: srv.origin, signal: controller.signal }), "NETWORK");
    expect(err.message).toContain("aborted");
  });

  it("refuses an announced Content-Length above the cap without reading the body", async () => {
    let closed = false;
    const srv = await serve((_req, res) => {
      res.on("close", () => (closed = true));
      res.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
      res.write(Buffer.alloc(1024));
    });
    await failure(createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes: 64 * 1024 }).request({ url: srv.origin }), "TOO_LARGE");
    await expect.poll(() => closed).toBe(true);
  });

  it("stops an endless chunked body once the cap is passed and closes the socket", async () => {
    let sent = 0;
    let closed = false;
    const srv = await serve((_req, res) => {
      res.on("close", () => (closed = true));
      const pump = () => {
        if (closed) return;
        sent += 16 * 1024;
        if (res.write(Buffer.alloc(16 * 1024, 97))) setImmediate(pump);
        else res.once("drain", pump);
      };
      pump();
    });
    const maxBytes = 100 * 1024;
    const err = await failure(createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes }).request({ url: srv.origin }), "TOO_LARGE");
    expect(err.message).not.toMatch(/aaaa/);
    await expect.poll(() => closed).toBe(true);
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it("caps the decompressed size, so a gzip bomb is stopped", async () => {
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024));
    const maxBytes = 1024 * 1024;
    expect(bomb.length).toBeLessThan(maxBytes);
    const srv = await serve((_req, res) => res.writeHead(200, { "content-encoding": "gzip", "content-length": bomb.length }).end(bomb));
    await failure(createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes }).request({ url: srv.origin }), "TOO_LARGE");
  });

  it("also caps the wire bytes, even when they decode to almost nothing", async () => {
    // Thousands of empty gzip members: 240 KB on the wire, zero bytes decoded, no Content-Length.
    const padding = Buffer.concat(Array.from({ length: 12_000 }, () => gzipSync(Buffer.alloc(0))));
    const srv = await serve((_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(padding));
    const client = createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes: 64 * 1024 });
    await failure(client.request({ url: srv.origin }), "TOO_LARGE");
  });

  it("does not count a HEAD response's Content-Length against the cap", async () => {
    const srv = await serve((_req, res) => res.writeHead(200, { "content-length": String(50 * 1024 * 1024) }).end());
    const res = await createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes: 1024 }).request({ url: srv.origin, method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it.each([
    ["gzip", gzipSync],
    ["br", brotliCompressSync],
  ] as const)("decodes %s bodies under the cap", async (encoding, compress) => {
    const text = "Kallelse till styrelsemöte ".repeat(200);
    const srv = await serve((_req, res) => res.writeHead(200, { "content-encoding": encoding }).end(compress(Buffer.from(text))));
    const res = await createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes: 64 * 1024 }).request({ url: srv.origin });
    expect(res.body.toString()).toBe(text);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });

  it("queues requests beyond the per-host limit instead of rejecting them", async () => {
    const srv = await serve((_req, res) => setTimeout(() => res.end("ok"), 40));
    const client = createOutboundClient({ allowlist: ["127.0.0.1"], perHostConcurrency: 2 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => client.request({ url: `${srv.origin}/${i}` })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(srv.maxInFlight).toBe(2);
    expect(srv.hits).toHaveLength(10);
  });

  it("counts time spent waiting in the queue against the deadline", async () => {
    const srv = await serve(() => undefined);
    const client = createOutboundClient({ allowlist: ["127.0.0.1"], perHostConcurrency: 1, timeoutMs: 300 });
    const both = await Promise.allSettled([client.request({ url: `${srv.origin}/a` }), client.request({ url: `${srv.origin}/b` })]);
    expect(both.map((r) => r.status === "rejected" && (r.reason as OutboundError).code)).toEqual(["TIMEOUT", "TIMEOUT"]);
    expect(srv.hits.map((h) => h.url)).toEqual(["/a"]);
  });
});
