import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../platform/db";
import { RegwatchIdentifierKind, RegwatchSourceKind } from "../regwatch.enums";
import { identifierOf, topicIdentifiers } from "./identifiers";
import { parseBody, ParseProblem } from "./index";
import { normalizeText, toIsoDate } from "./text";

const fixture = (name: string) => readFileSync(resolve(REPO_ROOT, "server/test/regwatch/fixtures", name), "utf8");
const parse = (kind: RegwatchSourceKind, name: string, selector?: string) => parseBody(kind, fixture(name), { selector, url: "https://example.se/sida" });

describe("Riksdagen dokumentlista (utformat=json)", () => {
  it("keys SFS documents by their SFS number and others by dok_id, with absolute links", () => {
    const entries = parse(RegwatchSourceKind.RIKSDAGEN_JSON, "riksdagen-dokumentlista.json");
    expect(entries.map((e) => [e.identifier, e.identifierKind])).toEqual([
      ["2027:512", RegwatchIdentifierKind.SFS],
      ["2016:1145", RegwatchIdentifierKind.SFS],
      ["HE03FiU25", RegwatchIdentifierKind.RIKSDAGEN_DOK_ID],
    ]);
    expect(entries[0]).toMatchObject({ title: "Lag (2027:512) om ändring i lagen (2016:1145) om offentlig upphandling", url: "https://data.riksdagen.se/dokument/sfs-2027-512.html", publishedOn: "2027-02-27" });
    expect(entries[0]!.text).toContain("träder i kraft den 1 juli 2027");
    expect(entries[1]!.meta).toContain("t.o.m. SFS 2027:512");
  });

  it("reads a single hit given as an object, and no hits", () => {
    expect(parse(RegwatchSourceKind.RIKSDAGEN_JSON, "riksdagen-single.json").map((e) => e.identifier)).toEqual(["2027:600"]);
    expect(parse(RegwatchSourceKind.RIKSDAGEN_JSON, "riksdagen-empty.json")).toEqual([]);
  });

  it("refuses what is not JSON, or JSON without a dokumentlista, with a code", () => {
    expect(() => parseBody(RegwatchSourceKind.RIKSDAGEN_JSON, "<html>", { url: "x" })).toThrow(expect.objectContaining({ code: "MALFORMED_JSON" }));
    expect(() => parseBody(RegwatchSourceKind.RIKSDAGEN_JSON, `{"lista":[]}`, { url: "x" })).toThrow(ParseProblem);
  });
});

describe("rättsdatabaser (OPENDATA_JSON)", () => {
  it("reads Regeringskansliet's SFS records: beteckning, rubrik, författningstext (CRLF), ikraft", () => {
    const [lou] = parse(RegwatchSourceKind.OPENDATA_JSON, "rkrattsbaser-sfs.json");
    expect(lou).toMatchObject({ identifier: "2016:1145", identifierKind: RegwatchIdentifierKind.SFS, title: "Lag (2016:1145) om offentlig upphandling", inForceOn: "2017-01-01", publishedOn: "2016-11-01" });
    expect(lou!.text.split("\n")).toContain("1 § Denna lag innehåller bestämmelser om upphandling som görs av en upphandlande myndighet.");
    expect(lou!.url).toBe("https://beta.rkrattsbaser.gov.se/sfs/item?bet=2016%3A1145&tab=forfattningstext");
  });

  it("reads OData rows (value[], d.results[])", () => {
    const v4 = parseBody(RegwatchSourceKind.OPENDATA_JSON, JSON.stringify({ value: [{ beteckning: "2027:1", rubrik: "Lag (2027:1) om test", text: "1 § Test." }] }), { url: "x" });
    const v2 = parseBody(RegwatchSourceKind.OPENDATA_JSON, JSON.stringify({ d: { results: [{ identifier: "32014L0024", title: "Directive 2014/24/EU" }] } }), { url: "x" });
    expect(v4[0]).toMatchObject({ identifier: "2027:1", identifierKind: RegwatchIdentifierKind.SFS });
    expect(v2[0]).toMatchObject({ identifier: "32014L0024", identifierKind: RegwatchIdentifierKind.CELEX });
  });
});

describe("RSS 2.0 and Atom", () => {
  it("reads EUR-Lex RSS: CELEX from the link, ELI otherwise, HTML descriptions as text", () => {
    const entries = parse(RegwatchSourceKind.RSS, "eurlex-legislation.rss");
    expect(entries.map((e) => [e.identifier, e.identifierKind])).toEqual([
      ["32027L0118", RegwatchIdentifierKind.CELEX],
      ["32027R0301", RegwatchIdentifierKind.CELEX],
      ["eli/dir/2014/24/corrigendum/2027-02-20/oj", RegwatchIdentifierKind.ELI],
    ]);
    expect(entries[0]).toMatchObject({ url: "https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX:32027L0118", publishedOn: "2027-02-26" });
    expect(entries[0]!.text).toBe("Directive amending Directive 2014/24/EU on public procurement. Member States shall bring into force the laws necessary to comply with this Directive.");
    expect(entries[1]!.text).toBe("Regulation laying down ecodesign requirements for sustainable products.");
  });

  it("reads Lagrummet's Atom feed: SFS numbers from rinfo ids, a repeal category, tombstones ignored", () => {
    const entries = parse(RegwatchSourceKind.ATOM, "lagrummet.atom");
    expect(entries.map((e) => [e.identifier, e.identifierKind, e.repealed])).toEqual([
      ["2027:512", RegwatchIdentifierKind.SFS, false],
      ["2027:600", RegwatchIdentifierKind.SFS, true],
    ]);
    expect(entries[0]!.url).toBe("https://rinfo.lagrummet.se/publ/sfs/2027:512/data.pdf");
  });

  it("reads a CELLAR notification feed: the CELEX from the entry's link", () => {
    const [entry] = parse(RegwatchSourceKind.ATOM, "cellar-notification.atom");
    expect(entry).toMatchObject({ identifier: "32027L0118", identifierKind: RegwatchIdentifierKind.CELEX, url: "http://publications.europa.eu/resource/celex/32027L0118" });
  });

  it("refuses malformed XML and documents of another kind with a code", () => {
    expect(() => parseBody(RegwatchSourceKind.RSS, "<rss><channel><item><title>x</channel>", { url: "x" })).toThrow(expect.objectContaining({ code: "MALFORMED_XML" }));
    expect(() => parseBody(RegwatchSourceKind.ATOM, "not xml at all", { url: "x" })).toThrow(expect.objectContaining({ code: "MALFORMED_XML" }));
    expect(() => parse(RegwatchSourceKind.RSS, "lagrummet.atom")).toThrow(expect.objectContaining({ code: "UNEXPECTED_FORMAT" }));
  });

  it("does not expand entity bombs", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><rss version="2.0"><channel><item><title>&lol4;</title></item></channel></rss>`;
    let total = 0;
    try {
      total = parseBody(RegwatchSourceKind.RSS, bomb, { url: "x" }).reduce((n, e) => n + e.title.length, 0);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
    }
    expect(total).toBeLessThan(100_000);
  });
});

describe("HTML pages with a selector", () => {
  it("reads only the region; changes outside it (banner, footer stamp, scripts) change nothing", () => {
    const [v1] = parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v1.html", "main");
    const [v2] = parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v2.html", "main");
    const [v3] = parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v3.html", "main");
    expect(v1).toMatchObject({ identifier: "https://example.se/sida", identifierKind: RegwatchIdentifierKind.URL, title: "Avtalsspärr" });
    expect(v1!.text.split("\n")).toEqual([
      "Avtalsspärr",
      "När en upphandlande myndighet har skickat en underrättelse om tilldelningsbeslut inträder en avtalsspärr.",
      "Hur lång är avtalsspärren?",
      "Avtalsspärren är tio dagar om underrättelsen skickas elektroniskt och femton dagar om den skickas på annat sätt.",
      "Gäller upphandlingar enligt LOU, LUF och LUK.",
      "Gäller inte direktupphandlingar.",
      "Vägledningen är skriven av Upphandlingsmyndigheten.",
    ]);
    // The banner, the footer's stamp, a script and the page title changed: the region did not.
    expect(v2).toEqual(v1);
    expect(v3!.text).not.toBe(v1!.text);
    // Without a selector the whole body counts, banner and stamp included.
    expect(parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v2.html")[0]!.text).not.toBe(parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v1.html")[0]!.text);
  });

  it("answers SELECTOR_NOT_FOUND when the region is gone", () => {
    expect(() => parse(RegwatchSourceKind.HTML, "upphandlingsmyndigheten-v1.html", "#no-such-region")).toThrow(expect.objectContaining({ code: "SELECTOR_NOT_FOUND" }));
  });
});

describe("identifiers and text", () => {
  it("finds CELEX, ELI and SFS identifiers, else keeps the address", () => {
    expect(identifierOf(["https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX%3A32014L0024"], "x")).toEqual({ identifier: "32014L0024", identifierKind: RegwatchIdentifierKind.CELEX });
    expect(identifierOf(["http://data.europa.eu/eli/dir/2014/24/oj"], "x")).toEqual({ identifier: "eli/dir/2014/24/oj", identifierKind: RegwatchIdentifierKind.ELI });
    expect(identifierOf(["Lag (2016:1145) om offentlig upphandling"], "x")).toEqual({ identifier: "2016:1145", identifierKind: RegwatchIdentifierKind.SFS });
    expect(identifierOf(["Möte kl. 2016:30"], "https://a.se/b")).toEqual({ identifier: "Möte kl. 2016:30", identifierKind: RegwatchIdentifierKind.URL });
  });

  it("splits a topic query into identifiers and words", () => {
    expect(topicIdentifiers("LOU SFS 2016:1145 och 32014l0024 avtalsspärr")).toEqual({ identifiers: ["2016:1145", "32014L0024"], textQuery: "LOU och avtalsspärr" });
    expect(topicIdentifiers("upphandling")).toEqual({ identifiers: [], textQuery: "upphandling" });
  });

  it("normalises spacing, line ends and unstorable characters, and reads dates", () => {
    expect(normalizeText("  Rad ett \r\n\r\n\tRad\u00a0 två\u0000 \ud800")).toBe("Rad ett\nRad två \ufffd");
    expect(toIsoDate("Fri, 26 Feb 2027 23:30:00 +0000")).toBe("2027-02-27");
    expect(toIsoDate("2023-05-10 00:00:00")).toBe("2023-05-10");
    expect(toIsoDate("not a date")).toBeNull();
  });
});
