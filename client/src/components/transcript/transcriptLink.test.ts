import { isValidElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";
import { quoteFromState, segmentFromSearch, transcriptLinkTo } from "./transcriptLink";

describe("the evidence's link into the transcript", () => {
  it("puts the segment in the address and reads it back", () => {
    expect(transcriptLinkTo(12)).toEqual({ search: "?segment=12" });
    expect(segmentFromSearch("?segment=12")).toBe(12);
    expect(segmentFromSearch("?q=x&segment=0")).toBe(0);
  });

  it("ignores a segment that is missing or not a whole number", () => {
    for (const search of ["", "?segment=", "?segment=-1", "?segment=1.5", "?segment=abc", "?segment=12345678"]) expect(segmentFromSearch(search)).toBeNull();
  });

  it("takes the quote from the history state only when it is text", () => {
    expect(quoteFromState({ transcriptQuote: "Jag tar det." })).toBe("Jag tar det.");
    for (const state of [null, undefined, "x", { transcriptQuote: 3 }, { transcriptQuote: "  " }]) expect(quoteFromState(state)).toBeNull();
  });
});

const marks = (node: unknown) =>
  (Array.isArray(node) ? node : [node]).filter(isValidElement).map((el) => {
    const { className, children } = (el as ReactElement<{ className: string; children: string }>).props;
    return [className, children];
  });

describe("highlight", () => {
  it("marks every match regardless of case, Swedish letters included", () => {
    expect(marks(highlight("Åtgärd och åtgärder", [{ text: "åtgärd", className: "m" }]))).toEqual([
      ["m", "Åtgärd"],
      ["m", "åtgärd"],
    ]);
  });

  it("lets the first needle win where matches overlap, and leaves text without matches alone", () => {
    const out = highlight("Jag tar det, jag skickar det", [
      { text: "jag tar det", className: "quote" },
      { text: "det", className: "match" },
    ]);
    expect(marks(out)).toEqual([
      ["quote", "Jag tar det"],
      ["match", "det"],
    ]);
    expect(highlight("ingenting", [{ text: "x", className: "m" }, { text: "", className: "m" }])).toBe("ingenting");
  });

  it("treats needles as plain text, not patterns", () => {
    expect(marks(highlight("a.b (c)", [{ text: "(c)", className: "m" }]))).toEqual([["m", "(c)"]]);
  });
});
