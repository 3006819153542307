import { useEffect, useState } from "react";
import { useClient, type CombinedError } from "urql";
import { graphql, getFragmentData } from "../../gql";
import type { TranscriptCue_SegmentFragment } from "../../gql/graphql";
import { TranscriptCueFragment } from "./TranscriptCue";

/** The server's largest page: a 3-hour transcript (10,000 cues) is ten requests. */
const PAGE_SIZE = 1000;

const TranscriptSegmentsQuery = graphql(`
  query TranscriptSegments($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ... on Transcript {
        segments(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            index
            ...TranscriptCue_Segment
          }
        }
      }
    }
  }
`);

export interface SegmentsState {
  segments: TranscriptCue_SegmentFragment[];
  /** Known after the first page. */
  total: number | null;
  done: boolean;
  error: CombinedError | null;
}

const EMPTY: SegmentsState = { segments: [], total: null, done: false, error: null };

/**
 * Every cue of the transcript, read a page at a time while the first pages are already shown.
 * Not through the normalised cache: thousands of cues are a value of this view, read fresh when
 * it opens (a new upload is a new transcript id). `attempt` reads again after an error.
 */
export function useTranscriptSegments(transcriptId: string | null, attempt = 0): SegmentsState {
  const client = useClient();
  const [state, setState] = useState<SegmentsState>(EMPTY);

  useEffect(() => {
    if (!transcriptId) return;
    let cancelled = false;
    setState(EMPTY);
    const fetchPage = (after: string | null) =>
      client.query(TranscriptSegmentsQuery, { id: transcriptId, first: PAGE_SIZE, after }, { requestPolicy: "network-only" }).toPromise();
    void (async () => {
      const all: TranscriptCue_SegmentFragment[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await fetchPage(after);
        if (cancelled) return;
        const node = result.data?.node;
        const page = node && "segments" in node ? node.segments : null;
        if (result.error || !page) {
          setState((s) => ({ ...s, done: true, error: result.error ?? null }));
          return;
        }
        all.push(...page.nodes.map((n) => getFragmentData(TranscriptCueFragment, n)));
        const more = page.pageInfo.hasNextPage && !!page.pageInfo.endCursor;
        setState({ segments: all.slice(), total: page.totalCount, done: !more, error: null });
        if (!more) return;
        after = page.pageInfo.endCursor;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, transcriptId, attempt]);

  return state;
}
