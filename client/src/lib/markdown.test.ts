import { isValidElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { isAppLink, parseMarkdown, renderInline } from "./markdown";

const links = (nodes: ReactNode[]) =>
  nodes.filter((node): node is ReactElement<{ to: string; children: ReactNode[] }> => isValidElement(node) && "to" in (node.props as object));

describe("renderInline links", () => {
  it("turns a link to a meeting's decision into a router link", () => {
    const nodes = renderInline("Förslag B gäller. — Budgetmöte, 7 oktober 2026 [Se underlag](/moten/TWVldGluZzox#beslut-RGVjaXNpb246Mg)");
    const [link] = links(nodes);
    expect(link?.props.to).toBe("/moten/TWVldGluZzox#beslut-RGVjaXNpb246Mg");
    expect(link?.props.children).toEqual(["Se underlag"]);
    expect(nodes[0]).toBe("Förslag B gäller. — Budgetmöte, 7 oktober 2026 ");
  });

  it("keeps base64url ids whole (an underscore in the address is not emphasis)", () => {
    const [link] = links(renderInline("[Se underlag](/moten/a_b-c#beslut-x_y_z)"));
    expect(link?.props.to).toBe("/moten/a_b-c#beslut-x_y_z");
  });

  it("shows every other link as text", () => {
    for (const text of ["[x](javascript:alert(1))", "[x](https://example.com)", "[x](//evil.example/moten/a)", "[x](/installningar)", "[x](/moten/a#annat)"]) {
      expect(links(renderInline(text)), text).toEqual([]);
      expect(renderInline(text).join(""), text).toBe(text);
    }
  });

  it("leaves escaped brackets alone (the server escapes people's text)", () => {
    expect(links(renderInline("\\[länk\\](/moten/abc)"))).toEqual([]);
    expect(renderInline("\\[länk\\](/moten/abc)").join("")).toBe("[länk](/moten/abc)");
  });
});

describe("isAppLink", () => {
  it("accepts a meeting page with or without a decision", () => {
    expect(isAppLink("/moten/abc")).toBe(true);
    expect(isAppLink("/moten/abc#beslut-def")).toBe(true);
    expect(isAppLink("/moten/abc/def")).toBe(false);
    expect(isAppLink("/moten/a%2Fb")).toBe(false);
  });
});

describe("parseMarkdown paragraphs", () => {
  it("keeps a brief's lines apart (Datum, then Plats)", () => {
    expect(parseMarkdown("**Datum:** 2 december\n**Plats:** Folkets hus\n\nNästa")).toEqual([
      { type: "paragraph", text: "**Datum:** 2 december\n**Plats:** Folkets hus" },
      { type: "paragraph", text: "Nästa" },
    ]);
  });
});
