import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocation } from "react-router";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { ErrorBanner, Loading } from "../Status";
import { countText, formatCount } from "./count";
import { fold } from "./highlight";
import { TranscriptCue, cueElementId } from "./TranscriptCue";
import { TranscriptPager } from "./TranscriptPager";
import { quoteFromState, segmentFromSearch } from "./transcriptLink";
import { useTranscriptSegments } from "./useTranscriptSegments";
import "./transcript-viewer.css";

export const TranscriptViewerFragment = graphql(`
  fragment TranscriptViewer_Meeting on Meeting {
    id
    transcript {
      id
      segmentCount
    }
  }
`);

/** Cues on one page: a 10,000-cue transcript renders a hundred at a time. */
export const CUES_PER_PAGE = 100;

interface Target {
  index: number;
  quote: string | null;
}

export interface TranscriptViewerProps {
  meeting: FragmentType<typeof TranscriptViewerFragment>;
  /** viewer.canEdit: the cues are the transcript's text, which only editors may read. */
  canEdit: boolean;
}

/**
 * The meeting's transcript as cues with speaker and time code, a filter that marks and keeps the
 * matching cues, and pages. An item's "Visa i transkriptet" (`?segment=<index>`) opens it at that
 * cue with the quote marked and focus on the cue.
 */
export function TranscriptViewer({ meeting: meetingRef, canEdit }: TranscriptViewerProps) {
  const meeting = getFragmentData(TranscriptViewerFragment, meetingRef);
  const transcript = canEdit ? (meeting.transcript ?? null) : null;
  const transcriptId = transcript?.id ?? null;
  const { t } = useI18n();
  const id = useId();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [page, setPage] = useState(0);
  const [target, setTarget] = useState<Target | null>(null);
  /** Counts jumps, so following the same link again turns back to its page. */
  const [jumps, setJumps] = useState(0);
  /** A jump waiting for its cue to be loaded and shown, then focused. */
  const pendingFocus = useRef<number | null>(null);
  const listTop = useRef<HTMLHeadingElement>(null);

  const { segments, total, done, error } = useTranscriptSegments(open ? transcriptId : null, attempt);

  // A jump from an item's evidence: open, clear the filter, and remember where to go.
  const jumpTo = segmentFromSearch(location.search);
  const jumpQuote = quoteFromState(location.state);
  useEffect(() => {
    if (jumpTo === null || !transcriptId) return;
    setOpen(true);
    setQuery("");
    setTarget({ index: jumpTo, quote: jumpQuote });
    pendingFocus.current = jumpTo;
    setJumps((n) => n + 1);
    // location.key: the same link followed again jumps again.
  }, [jumpTo, jumpQuote, location.key, transcriptId]);

  const folded = useMemo(() => segments.map((s) => `${fold(s.speaker)}\n${fold(s.text)}`), [segments]);
  const needle = fold(deferredQuery.trim());
  const shown = useMemo(() => (needle ? segments.filter((_, i) => folded[i]!.includes(needle)) : segments), [segments, folded, needle]);
  const pages = Math.max(1, Math.ceil(shown.length / CUES_PER_PAGE));
  const currentPage = Math.min(page, pages - 1);
  const visible = shown.slice(currentPage * CUES_PER_PAGE, (currentPage + 1) * CUES_PER_PAGE);

  // Once the jumped-to cue is loaded, turn to its page (the filter is clear, so positions are indices).
  const targetIndex = target?.index ?? null;
  const targetPosition = targetIndex === null || needle ? -1 : shown.findIndex((s) => s.index === targetIndex);
  useEffect(() => {
    if (pendingFocus.current === null || targetPosition < 0) return;
    setPage(Math.floor(targetPosition / CUES_PER_PAGE));
  }, [targetPosition, jumps]);

  // And once it is on screen, bring it into view and move focus there.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = document.getElementById(cueElementId(index));
    if (!element) return;
    pendingFocus.current = null;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  });

  if (!transcript) return null;
  const missing = done && targetIndex !== null && !segments.some((s) => s.index === targetIndex);
  const listId = `${id}-cues`;

  function turn(to: number) {
    setPage(to);
    listTop.current?.scrollIntoView({ block: "start" });
  }

  return (
    <section className="panel panel-wide transcript-viewer" aria-labelledby={`${id}-title`} data-testid="transcript-viewer">
      <div className="transcript-viewer-head">
        <h2 id={`${id}-title`}>{t("transcriptViewer.title")}</h2>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((value) => !value)}
          data-testid="transcript-viewer-toggle"
        >
          {open ? t("transcriptViewer.hide") : t("transcriptViewer.show")}
        </button>
      </div>
      <p className="meta">{countText("transcriptViewer.cueCount", transcript.segmentCount)}</p>
      <div id={`${id}-body`} hidden={!open}>
        {open ? (
          <>
            <form className="transcript-filter" role="search" aria-label={t("transcriptViewer.filterRegion")} onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor={`${id}-q`}>{t("transcriptViewer.filter")}</label>
                <input
                  id={`${id}-q`}
                  type="search"
                  value={query}
                  placeholder={t("transcriptViewer.filterPlaceholder")}
                  aria-controls={listId}
                  onChange={(e) => {
                    setQuery(e.target.value);
                    setPage(0);
                  }}
                  data-testid="transcript-filter"
                />
              </div>
              <p className="meta" role="status" aria-live="polite" data-testid="transcript-match-count">
                {needle ? countText("transcriptViewer.matches", shown.length) : ""}
              </p>
            </form>
            {error ? <ErrorBanner error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
            {!done && !error ? (
              total === null ? (
                <Loading label={t("transcriptViewer.loadingStart")} />
              ) : (
                <p className="meta" data-testid="transcript-loading">
                  {t("transcriptViewer.loading", { loaded: formatCount(segments.length), total: formatCount(total) })}
                </p>
              )
            ) : null}
            {missing ? (
              <p className="inline-error" role="alert">
                {t("transcriptViewer.missing", { number: (targetIndex ?? 0) + 1 })}
              </p>
            ) : null}
            <h3 ref={listTop} className="visually-hidden" id={`${id}-cues-title`}>
              {t("transcriptViewer.cues")}
            </h3>
            {done && shown.length === 0 && !error ? <p className="empty">{t(needle ? "transcriptViewer.noMatches" : "transcriptViewer.empty")}</p> : null}
            <ol id={listId} className="transcript-cues" aria-labelledby={`${id}-cues-title`} data-testid="transcript-cues">
              {visible.map((cue) => (
                <TranscriptCue key={cue.index} cue={cue} query={needle ? deferredQuery.trim() : ""} target={cue.index === targetIndex ? { quote: target?.quote ?? null } : null} />
              ))}
            </ol>
            {pages > 1 ? (
              <TranscriptPager
                page={currentPage}
                pages={pages}
                from={currentPage * CUES_PER_PAGE + 1}
                to={currentPage * CUES_PER_PAGE + visible.length}
                total={shown.length}
                onTurn={turn}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
