import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LABELLING_RULES } from "./labelling-rules";
import { SYSTEM_PROMPT } from "./openai-schema";

const README = new URL("../fixtures/corpus/README.md", import.meta.url);

/** The text under "## Labelling rules" up to the next second-level heading. */
function rulesSection(markdown: string): string {
  const start = markdown.indexOf("\n## Labelling rules\n");
  expect(start).toBeGreaterThan(0);
  const body = markdown.slice(start + "\n## Labelling rules\n".length);
  const end = body.search(/\n## /);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe("labelling rules in the remote prompt", () => {
  it("are the corpus README's rules section, verbatim (change both together)", () => {
    expect(LABELLING_RULES).toBe(rulesSection(readFileSync(README, "utf8")));
  });

  it("are what the system prompt carries, with the decisions, action items and due-date table", () => {
    expect(SYSTEM_PROMPT).toContain(LABELLING_RULES);
    for (const heading of ["### Decisions", "### Action items", "### Due dates", "| “innan jul”, “before Christmas” | 2026-12-23 |"]) expect(SYSTEM_PROMPT).toContain(heading);
  });
});
