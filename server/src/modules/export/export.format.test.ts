import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./export.csv";
import { asciiFileName, contentDisposition, fileName } from "./export.file";
import { parseBlocks, parseInline } from "./export.markdown-blocks";
import { winAnsi } from "./export.pdf";

describe("csv", () => {
  it("quotes separators, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('säg "hej"')).toBe('"säg ""hej"""');
    expect(csvCell("rad\r\nrad")).toBe('"rad\r\nrad"');
    expect(csvCell(" kant")).toBe('" kant"');
    expect(csvCell("vanlig text")).toBe("vanlig text");
    expect(csvCell(null)).toBe("");
  });

  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "").startsWith(`'${start}`)).toBe(true);
    expect(csvCell("=A1;B1")).toBe(`"'=A1;B1"`);
    expect(csvCell("1-2")).toBe("1-2");
  });

  it("starts with a BOM and ends every row with CRLF", () => {
    const bytes = toCsv(["Titel", "Ansvarig"], [["Öl", "Åsa"]]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe("\ufeffTitel;Ansvarig\r\nÖl;Åsa\r\n");
  });
});

describe("file names", () => {
  it("are Swedish and safe: no separators, reserved or control characters, no leading dot", () => {
    expect(fileName(["Beslut", "../Möte: 12/3 <hemligt>?\u0000", "2026-03-12"], "md")).toBe("Beslut – Möte 12 3 hemligt – 2026-03-12.md");
    expect(fileName(["...", null, ""], "csv")).toBe("export.csv");
    expect(fileName(["x".repeat(300)], "pdf")).toHaveLength(84);
  });

  it("carry the UTF-8 name and an ASCII fallback in Content-Disposition", () => {
    expect(asciiFileName("Åtgärder – Örebro.csv")).toBe("Atgarder - Orebro.csv");
    expect(contentDisposition("Åtgärder (1).csv")).toBe(`attachment; filename="Atgarder (1).csv"; filename*=UTF-8''%C3%85tg%C3%A4rder%20%281%29.csv`);
  });
});

describe("markdown for the PDF", () => {
  it("reads headings, lists, task lists, quotes and paragraphs", () => {
    const blocks = parseBlocks("# Titel\n\n**Datum:** i dag\n**Plats:** här\n\n1. Ett\n- [x] Klart\n- [ ] Öppet\n  - Under\n> citat\n---");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "item", "item", "item", "item", "quote", "rule"]);
    expect(blocks[1]).toMatchObject({ kind: "paragraph", lines: [[{ text: "Datum:", bold: true }, { text: " i dag" }], [{ text: "Plats:", bold: true }, { text: " här" }]] });
    expect(blocks[3]).toMatchObject({ marker: { type: "task", done: true } });
    expect(blocks[5]).toMatchObject({ depth: 1, marker: { type: "bullet" } });
  });

  it("unescapes what inline() escaped and keeps links and snake_case", () => {
    expect(parseInline("\\[alla\\] \\*inte fet\\* snake_case")).toEqual([{ text: "[alla] *inte fet* snake_case" }]);
    expect(parseInline("[Mötet](http://x/moten/1)")).toEqual([{ text: "Mötet", link: "http://x/moten/1" }]);
  });
});

describe("winAnsi", () => {
  it("keeps Swedish and WinAnsi punctuation, replaces what the standard fonts cannot draw", () => {
    expect(winAnsi("Åäö é ü – ” … €")).toBe("Åäö é ü – ” … €");
    expect(winAnsi("ő → ✓ 😀 ł")).toBe("o -> x ? ?");
  });
});
