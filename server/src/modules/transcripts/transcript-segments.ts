import type { EntityManager } from "@mikro-orm/postgresql";
import { Connection, parsePage, toConnection, type ConnectionShape } from "../../platform/pagination";
import { parseStoredOffThread } from "./consent-gate";
import { Transcript } from "./transcript.entity";
import { TranscriptSegment } from "./transcript.inputs";

export const TranscriptSegmentConnection = Connection(TranscriptSegment, "TranscriptSegment");

/**
 * A page of the stored transcript's cues, parsed off the event loop as the extraction parses them
 * (speaker map applied). Scoped by the request's organisation through the entity manager's filter;
 * the text is never logged.
 */
export async function segmentPage(em: EntityManager, transcriptId: string, args: { first: number; after?: string | null }): Promise<ConnectionShape<TranscriptSegment> | null> {
  // The platform's cursor check and decoding, with this field's larger page size.
  const { offset } = parsePage({ first: 1, after: args.after ?? null });
  const page = { limit: args.first, offset };
  const row = await em.findOne(Transcript, { id: transcriptId }, { populate: ["text"] });
  if (!row) return null;
  const { segments } = await parseStoredOffThread(row);
  const items = segments.slice(page.offset, page.offset + page.limit).map((s) => Object.assign(new TranscriptSegment(), s));
  return toConnection(items, segments.length, page);
}
