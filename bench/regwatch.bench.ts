/**
 * `npm run bench:regwatch`: one regwatch poll cycle (`regwatch-poll-source`, through the real job
 * runtime) over a system-wide Atom source of ITEMS statutes, matched against ORGS organisations ×
 * TOPICS watch topics (plus 5 upcoming meetings and 10 stakeholders each). Phases:
 *   - first:     every item is new — ITEMS items and NEW versions, matching, alerts;
 *   - changed:   every item's text changed (a paragraph amended, one added) — ITEMS AMENDED versions
 *                with section and word diffs, matching, alerts — the cycle the goal is about;
 *   - unchanged: the same body again without validators — hashes compared, nothing stored;
 *   - 304:       the server answers Not Modified.
 * For each: wall time, SQL statements (every query any pg client of this process sends, counted by
 * wrapping pg.Client#query) and what was stored. Uses DATABASE_URL's server (a fresh database,
 * dropped at the end) or an embedded PostgreSQL. Goal: the changed cycle under 5 s.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { createLocalProvider } from "../server/src/ai/providers/local";
import { manualClock } from "../server/src/platform/clock";
import { unconfiguredMailer } from "../server/src/platform/delivery/types";
import { createJobRuntime } from "../server/src/platform/jobs/runtime";
import { createLogger } from "../server/src/platform/logger";
import { createOutboundClient } from "../server/src/platform/outbound";
import { createMemoryPubSub } from "../server/src/platform/pubsub";
import { openAppDatabase, REGISTRY } from "../server/src/registry";
import { freshBenchDatabase } from "./bench-db";

const ITEMS = Number(process.env.ITEMS ?? 1_000);
const ORGS = Number(process.env.ORGS ?? 100);
const TOPICS = Number(process.env.TOPICS ?? 10);
const NOW = new Date("2027-03-01T08:00:00Z");

let statements = 0;
const originalQuery = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
};

/** Subject words: each item names two, each organisation watches TOPICS of them (200 words: about one item in ten concerns a given organisation). */
const BASE = [
  "upphandling", "avtalsspärr", "tilldelningsbeslut", "klimatpåverkan", "dataskydd", "arbetsmiljö", "kollektivtrafik", "socialtjänst", "skolskjuts", "färdtjänst",
  "livsmedel", "vattenförsörjning", "avfallshantering", "bygglov", "detaljplan", "strandskydd", "alkoholservering", "tobaksförsäljning", "räddningstjänst", "krisberedskap",
  "informationssäkerhet", "molntjänster", "arkivering", "diarieföring", "offentlighetsprincipen", "sekretess", "personuppgifter", "kameraövervakning", "visselblåsare", "jämställdhet",
  "tillgänglighet", "digitalisering", "e-legitimation", "folkbokföring", "skatteutjämning", "kommunalskatt", "budgetprocess", "revision", "internkontroll", "delegering",
  "förskola", "grundskola", "gymnasieskola", "vuxenutbildning", "elevhälsa", "äldreomsorg", "hemtjänst", "LSS-insatser", "bostadsanpassning", "biståndsbedömning",
];
const VOCABULARY = ["", "läns", "stats", "region"].flatMap((prefix) => BASE.map((w) => `${prefix}${w}`));
const AGENCIES = ["Upphandlingsmyndigheten", "Konkurrensverket", "Integritetsskyddsmyndigheten", "Arbetsmiljöverket", "Naturvårdsverket", "Boverket", "Skolverket", "Socialstyrelsen", "Trafikverket", "Livsmedelsverket", "Riksarkivet", "Skatteverket", "Länsstyrelsen", "Kammarkollegiet", "Myndigheten för digital förvaltning", "Sveriges Kommuner och Regioner", "Region Mittland", "Sundsvik Energi AB", "Vision", "Kommunal"];
const word = (i: number) => VOCABULARY[i % VOCABULARY.length]!;

function statute(i: number, version: number): string {
  const a = word(i * 7);
  const b = word(i * 13 + 3);
  // One item in five names an agency (stakeholders' organisations match those).
  const agency = i % 5 === 0 ? AGENCIES[(i / 5) % AGENCIES.length] : "tillsynsmyndigheten";
  return [
    `Lag (2026:${1000 + i}) om ${a}`,
    "1 kap. Inledande bestämmelser",
    `1 § Denna lag innehåller bestämmelser om ${a} i kommuner och regioner.`,
    `2 § Tillsyn över ${b} utövas av ${agency}.`,
    "2 kap. Skyldigheter",
    `1 § En kommun ska ha en plan för ${a}. Planen ska antas av fullmäktige och ses över minst vart ${version === 1 ? "fjärde" : "tredje"} år.`,
    `2 § Kommunen ska redovisa arbetet med ${b} till ${agency} senast den 1 mars varje år.`,
    ...(version > 1 ? [`2 a § Kommunen ska samråda med berörda myndigheter innan planen för ${a} antas.`] : []),
    `3 § Bestämmelser om tystnadsplikt finns i offentlighets- och sekretesslagen (2009:400).`,
    "Övergångsbestämmelser",
    version === 1 ? "1. Denna lag träder i kraft den 1 januari 2027." : "1. Denna lag träder i kraft den 1 januari 2027.\n2026:2000\n1. Denna lag träder i kraft den 1 juli 2027.",
  ].join("\n");
}

function atom(version: number): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const entries = Array.from({ length: ITEMS }, (_, i) =>
    `<entry><id>http://rinfo.lagrummet.se/publ/sfs/2026:${1000 + i}</id><title>Lag (2026:${1000 + i}) om ${esc(word(i * 7))}</title><published>2026-12-01T00:00:00Z</published><updated>2027-03-01T00:00:00Z</updated><link rel="alternate" href="https://rinfo.lagrummet.se/publ/sfs/2026:${1000 + i}/data.pdf"/><content type="text">${esc(statute(i, version))}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>bench</id><title>Bench</title><updated>2027-03-01T00:00:00Z</updated>${entries.join("")}</feed>`;
}

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
  await client.query(`insert into organizations (id, name, slug) select gen_random_uuid(), 'Bench ' || g, 'bench-' || g from generate_series(1, $1::int) g`, [ORGS]);
  // TOPICS topics per organisation, spread over the vocabulary; every fifth organisation also watches an act by number.
  await client.query(
    `insert into regwatch_topics (id, organization_id, name, query, text_query, identifiers, created_at, updated_at)
     select gen_random_uuid(), o.id, 'Ämne ' || t, v.words[1 + ((o.n * 3 + t * 11) % cardinality(v.words))], v.words[1 + ((o.n * 3 + t * 11) % cardinality(v.words))], '{}', now(), now()
     from (select id, row_number() over (order by slug) as n from organizations) o cross join generate_series(1, $1::int) t cross join (select $2::text[] as words) v`,
    [TOPICS, VOCABULARY],
  );
  await client.query(
    `insert into regwatch_topics (id, organization_id, name, query, text_query, identifiers, created_at, updated_at)
     select gen_random_uuid(), o.id, 'Bevakad lag', 'SFS 2026:' || (1000 + o.n * 7 % $1::int), '', array['2026:' || (1000 + o.n * 7 % $1::int)], now(), now()
     from (select id, row_number() over (order by slug) as n from organizations) o where o.n % 5 = 0`,
    [ITEMS],
  );
  await client.query(
    `insert into meetings (id, organization_id, title, starts_at, status, sensitivity, agenda_items, created_at, updated_at)
     select gen_random_uuid(), o.id, 'Nämndmöte ' || m, $1::timestamptz + make_interval(days => m * 7), 'SCHEDULED', 'NORMAL',
       jsonb_build_array(($2::text[])[1 + (o.n + m) % cardinality($2::text[])], 'Övriga frågor', 'Budgetuppföljning'), now(), now()
     from (select id, row_number() over (order by slug) as n from organizations) o cross join generate_series(1, 5) m`,
    [NOW, VOCABULARY],
  );
  await client.query(
    `insert into stakeholders (id, organization_id, name, organization_name, created_at, updated_at)
     select gen_random_uuid(), o.id, 'Person ' || s, ($1::text[])[1 + (o.n + s) % cardinality($1::text[])], now(), now()
     from (select id, row_number() over (order by slug) as n from organizations) o cross join generate_series(1, 10) s`,
    [AGENCIES],
  );
  await client.query("analyze");
  } finally {
    await client.end();
  }
}

async function main() {
  const bench = await freshBenchDatabase("regwatch");
  const logger = createLogger("silent");
  const db = await openAppDatabase(bench.url, logger, 4);
  let version = 1;
  let conditional = false;
  const bodies = new Map<number, Buffer>();
  const body = (v: number) => bodies.get(v) ?? (bodies.set(v, Buffer.from(atom(v))), bodies.get(v)!);
  const feed = http.createServer((req, res) => {
    const etag = `"v${version}"`;
    if (conditional && req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "application/atom+xml", ...(conditional ? { etag } : {}) }).end(body(version));
  });
  await new Promise<void>((r) => feed.listen(0, "127.0.0.1", r));
  const rows: string[] = [];
  let runtime: Awaited<ReturnType<typeof createJobRuntime>> | undefined;
  try {
    await seed(bench.url);
    const clock = manualClock(NOW);
    runtime = await createJobRuntime({
      url: bench.url,
      queue: "bench-regwatch",
      definitions: REGISTRY.jobs,
      deps: { db, pubsub: createMemoryPubSub(), logger, clock, provider: createLocalProvider(), outbound: createOutboundClient({ allowlist: ["127.0.0.1"], maxBytes: 64 * 1024 * 1024 }), mailer: unconfiguredMailer, publicUrl: "http://localhost:4000" },
      logger,
      clock,
    });
    const conn = db.system().getConnection();
    const [source] = await conn.execute<{ id: string }[]>(
      `insert into regwatch_sources (id, name, kind, url, host, interval_minutes, timeout_seconds, enabled, next_poll_at) values (gen_random_uuid(), 'Bench', 'ATOM', ?, '127.0.0.1', 1, 60, true, ?) returning id`,
      [`http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.atom`, NOW],
    );
    const count = async (table: string) => Number((await conn.execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]?.n ?? 0);
    const phase = async (name: string) => {
      // Past the host's politeness gap and the source's interval: the scheduled run is due.
      clock.advance(61_000);
      const [{ next_poll_at } = { next_poll_at: NOW }] = await conn.execute<{ next_poll_at: string | Date }[]>(`select next_poll_at from regwatch_sources where id = ?`, [source!.id]);
      const slot = new Date(next_poll_at).toISOString();
      const before = { versions: await count("regwatch_versions"), alerts: await count("regwatch_alerts") };
      body(version);
      statements = 0;
      const started = process.hrtime.bigint();
      const result = await runtime!.runNow("regwatch-poll-source", { sourceId: source!.id, slot, orgId: null }, { key: `regwatch-poll-source:${source!.id}:${slot}` });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const used = statements;
      if (result.outcome !== "succeeded") throw new Error(`poll ${result.outcome} ${result.errorCode ?? ""}`);
      const [status] = await conn.execute<{ last_status: string; last_error_code: string | null }[]>(`select last_status::text, last_error_code from regwatch_sources where id = ?`, [source!.id]);
      const versions = (await count("regwatch_versions")) - before.versions;
      const alerts = (await count("regwatch_alerts")) - before.alerts;
      rows.push(`${name.padEnd(10)} ${String(status?.last_status ?? "?").padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${String(used).padStart(3)} statements  ${String(versions).padStart(5)} versions  ${String(alerts).padStart(6)} alerts`);
      if (status?.last_error_code) throw new Error(`poll failed: ${status.last_error_code}`);
    };
    await phase("first");
    version = 2;
    await phase("changed");
    await phase("unchanged");
    conditional = true;
    await phase("prime-304");
    await phase("304");
  } catch (error) {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await runtime?.stop(0);
    await new Promise<void>((r) => feed.close(() => r()));
    await db.close();
    await bench.cleanup();
  }
  process.stdout.write(
    `regwatch poll cycle (job run incl. bookkeeping): ${ITEMS} items, ${ORGS} organisations × ${TOPICS} topics (+ 5 meetings, 10 stakeholders each), database ${bench.where}; goal: changed cycle under 5 s, statements constant\n${rows.join("\n")}\n`,
  );
}

if (process.argv[1]?.endsWith("regwatch.bench.ts")) await main();
