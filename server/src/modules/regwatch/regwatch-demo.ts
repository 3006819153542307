import { randomUUID } from "node:crypto";
import type { Database } from "../../platform/db";
import { DEMO_ORG } from "../demo/demo-data";
import { topicIdentifiers } from "./parse/identifiers";

/** The demo feed changes every this many milliseconds (a poll a minute sees a change every other poll). */
export const DEMO_SLOT_MS = 2 * 60_000;
export const DEMO_FEED_PATH = "regwatch/demo-feed";
/** The demo's entries are about LOU; "Läs källan" leads to the act at Riksdagen (the amendments themselves are invented). */
const LOU_AT_RIKSDAGEN = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20161145-om-offentlig-upphandling_sfs-2016-1145/";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The consolidated LOU excerpt as it reads in slot `s`: the avtalsspärr and 4 kap. 3 a § alternate. */
function consolidatedLou(s: number): string {
  const days = s % 2 === 0 ? "tio" : "femton";
  const sustainability = Math.floor(s / 2) % 2 === 1;
  return [
    "Lag (2016:1145) om offentlig upphandling (LOU)",
    "1 kap. Lagens innehåll och tillämpningsområde",
    "1 § Denna lag innehåller bestämmelser om upphandling som görs av en upphandlande myndighet.",
    "2 § Lagen gäller inte för upphandling som avses i lagen (2016:1146) om upphandling inom försörjningssektorerna.",
    "4 kap. Allmänna bestämmelser",
    "1 § Upphandlande myndigheter ska behandla leverantörer på ett likvärdigt och icke-diskriminerande sätt och ska genomföra upphandlingar på ett öppet sätt.",
    "3 § Upphandlande myndigheter ska iaktta principerna om ömsesidigt erkännande och proportionalitet.",
    ...(sustainability ? ["3 a § En upphandlande myndighet ska beakta miljöhänsyn, sociala hänsyn och arbetsrättsliga hänsyn vid offentlig upphandling, om upphandlingens art motiverar detta."] : []),
    "12 kap. Underrättelse om beslut",
    "12 § En upphandlande myndighet ska snarast möjligt lämna skriftlig underrättelse om tilldelningsbeslut till de anbudssökande och anbudsgivare som berörs.",
    "20 kap. Överprövning och avtalsspärr",
    "1 § En leverantör som anser att den har lidit eller kan komma att lida skada får ansöka om överprövning hos allmän förvaltningsdomstol.",
    `3 § Om en underrättelse om tilldelningsbeslut har skickats med elektroniska medel, får avtal inte ingås förrän ${days} dagar har gått från det att underrättelsen skickades (avtalsspärr).`,
    "Övergångsbestämmelser",
    "2016:1145",
    "1. Denna lag träder i kraft den 1 januari 2017.",
    "2. Genom lagen upphävs lagen (2007:1091) om offentlig upphandling.",
  ].join("\n");
}

/** An amending act announced in slot group `k` (a new one every three slots). */
function amendment(k: number): { sfs: string; title: string; text: string; month: string } {
  const sfs = `2027:${100 + (k % 900)}`;
  const [month, monthName] = k % 2 === 0 ? ["07", "juli"] : ["01", "januari"];
  const year = k % 2 === 0 ? 2027 : 2028;
  return {
    sfs,
    month: `${year}-${month}`,
    title: `Lag (${sfs}) om ändring i lagen (2016:1145) om offentlig upphandling`,
    text: [
      `Härigenom föreskrivs i fråga om lagen (2016:1145) om offentlig upphandling att 12 kap. 12 § ska ha följande lydelse.`,
      "12 kap.",
      `12 § En upphandlande myndighet ska snarast möjligt och senast inom ${2 + (k % 3)} arbetsdagar lämna skriftlig underrättelse om tilldelningsbeslut till de anbudssökande och anbudsgivare som berörs.`,
      `Denna lag träder i kraft den 1 ${monthName} ${year}.`,
    ].join("\n"),
  };
}

/**
 * The dev-mode demo feed (Atom) as it reads at `now`: deterministic per two-minute slot. The
 * consolidated LOU excerpt amends a paragraph every slot (and adds or removes 4 kap. 3 a § every
 * other), and a new amending act appears every third slot (the last three are listed).
 */
export function demoFeed(now: Date): string {
  const s = Math.floor(now.getTime() / DEMO_SLOT_MS);
  const slotStart = new Date(s * DEMO_SLOT_MS).toISOString();
  const group = Math.floor(s / 3);
  const entries = [
    { id: "urn:postboxen:demo:sfs:2016:1145", title: "Lag (2016:1145) om offentlig upphandling (demo)", text: consolidatedLou(s), published: "2016-10-20T00:00:00Z", link: LOU_AT_RIKSDAGEN },
    ...[group, group - 1, group - 2]
      .filter((k) => k >= 0)
      .map((k) => {
        const a = amendment(k);
        return { id: `urn:postboxen:demo:sfs:${a.sfs}`, title: a.title, text: a.text, published: new Date(k * 3 * DEMO_SLOT_MS).toISOString(), link: LOU_AT_RIKSDAGEN };
      }),
  ];
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">`,
    `  <id>urn:postboxen:demo:regwatch</id>`,
    `  <title>Postboxen demo – författningsändringar</title>`,
    `  <updated>${slotStart}</updated>`,
    ...entries.map((e) =>
      [
        `  <entry>`,
        `    <id>${esc(e.id)}</id>`,
        `    <title>${esc(e.title)}</title>`,
        `    <link rel="alternate" href="${esc(e.link)}"/>`,
        `    <published>${e.published}</published>`,
        `    <updated>${slotStart}</updated>`,
        `    <content type="text">${esc(e.text)}</content>`,
        `  </entry>`,
      ].join("\n"),
    ),
    `</feed>`,
    "",
  ].join("\n");
}

const DEMO_TOPICS = [
  { name: "LOU (2016:1145)", query: "SFS 2016:1145" },
  { name: "Avtalsspärr och tilldelning", query: "avtalsspärr or tilldelningsbeslut" },
];

/**
 * The demo organisation's regwatch: a source polling this server's own demo feed every minute
 * (`<publicUrl>/api/regwatch/demo-feed`; loopback, so the outbound allow-list must name it) and
 * two watch topics. Idempotent: a second call finds them and changes nothing (but the address, when
 * the server moved to another port). Returns whether it
 * seeded anything; false when there is no demo organisation (`opts.slug`, default the demo's).
 */
export async function seedRegwatchDemo(db: Database, publicUrl: string, opts: { slug?: string; now?: Date } = {}): Promise<boolean> {
  const now = opts.now ?? new Date();
  const conn = db.system().getConnection();
  const [org] = await conn.execute<{ id: string }[]>(`select id from organizations where slug = ?`, [opts.slug ?? DEMO_ORG.slug]);
  if (!org) return false;
  const url = `${publicUrl.replace(/\/+$/, "")}/api/${DEMO_FEED_PATH}`;
  const inserted = await conn.execute<{ id: string }[]>(
    `insert into regwatch_sources (id, organization_id, seed_key, name, kind, url, host, interval_minutes, timeout_seconds, enabled, next_poll_at, created_at, updated_at)
     values (?, ?, ?, 'Postboxen demo – författningsändringar (Atom)', 'ATOM', ?, ?, 1, 10, true, ?, ?, ?)
     on conflict (seed_key) do update set url = excluded.url, host = excluded.host, updated_at = excluded.updated_at
       where regwatch_sources.url <> excluded.url
     returning id`,
    [randomUUID(), org.id, `demo:regwatch-feed:${org.id}`, url, new URL(url).hostname.toLowerCase(), now, now, now],
  );
  const [{ n } = { n: "0" }] = await conn.execute<{ n: string }[]>(`select count(*) as n from regwatch_topics where organization_id = ?`, [org.id]);
  if (Number(n) === 0) {
    for (const t of DEMO_TOPICS) {
      const { identifiers, textQuery } = topicIdentifiers(t.query);
      await conn.execute(`insert into regwatch_topics (id, organization_id, name, query, text_query, identifiers, created_at, updated_at) values (?, ?, ?, ?, ?, ?::text[], ?, ?)`, [
        randomUUID(),
        org.id,
        t.name,
        t.query,
        textQuery,
        `{${identifiers.map((i) => `"${i}"`).join(",")}}`,
        now,
        now,
      ]);
    }
  }
  return inserted.length > 0 || Number(n) === 0;
}
