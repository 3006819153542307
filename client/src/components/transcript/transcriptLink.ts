/**
 * How an item's evidence opens the transcript viewer: `?segment=<index>` in the address (so the
 * link can be shared and Back returns), the quote in the history entry's state (too long for the
 * address, and only a highlight).
 */
export const SEGMENT_PARAM = "segment";

export interface TranscriptJumpState {
  transcriptQuote?: string;
}

export function transcriptLinkTo(segment: number): { search: string } {
  return { search: `?${new URLSearchParams({ [SEGMENT_PARAM]: String(segment) }).toString()}` };
}

/** The segment index in `search`, or null when absent or not a whole number. */
export function segmentFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get(SEGMENT_PARAM);
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  return Number(raw);
}

export function quoteFromState(state: unknown): string | null {
  if (typeof state !== "object" || state === null) return null;
  const quote = (state as TranscriptJumpState).transcriptQuote;
  return typeof quote === "string" && quote.trim() ? quote : null;
}
