import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Meeting } from "../meetings/meeting.entity";
import type { PreBriefSectionOutput } from "./pre-brief.markdown";

export interface PreBriefSectionContext {
  /** Organisation-scoped (inside the brief's transaction, in a savepoint of its own). */
  em: EntityManager;
  orgId: string;
  meeting: Meeting;
}

/**
 * A contributor to the brief's "Omvärldsbevakning" slot (regwatch, later). `render` returns Markdown
 * lines, or null when it has nothing for this meeting. It must be deterministic for the same data
 * (no clock, no random order): otherwise every regeneration makes a new brief version. Lines are
 * kept one line each; escaping text the contributor took from users is its own job.
 */
export interface PreBriefSection {
  key: string;
  order: number;
  render(ctx: PreBriefSectionContext): Promise<string[] | null>;
}

const SECTIONS = new Map<string, PreBriefSection>();

/** Registers a contributor (once per key); returns the unregister, for tests. */
export function registerPreBriefSection(section: PreBriefSection): () => void {
  if (SECTIONS.has(section.key)) throw new Error(`Pre-brief section ${section.key} is registered already`);
  SECTIONS.set(section.key, section);
  return () => void SECTIONS.delete(section.key);
}

/**
 * Every contributor's lines, each in a savepoint: a failing contributor costs its own lines (one
 * line saying so), not the brief, and leaves the surrounding transaction usable.
 */
export async function renderPreBriefSections(tx: EntityManager, orgId: string, meeting: Meeting, logger: Logger): Promise<PreBriefSectionOutput[]> {
  const out: PreBriefSectionOutput[] = [];
  for (const section of [...SECTIONS.values()].sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    try {
      const lines = await tx.transactional((em) => section.render({ em, orgId, meeting }));
      out.push({ key: section.key, order: section.order, lines });
    } catch (error) {
      logger.warn({ event: "brief.pre_section_failed", section: section.key, meetingId: meeting.id, errorName: error instanceof Error ? error.name : typeof error }, "a pre-brief section failed");
      out.push({ key: section.key, order: section.order, lines: ["Den här delen av omvärldsbevakningen kunde inte hämtas just nu."] });
    }
  }
  return out;
}
