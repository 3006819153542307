import { useI18n } from "../../i18n";
import { formatCount } from "./count";

export interface TranscriptPagerProps {
  /** Zero-based. */
  page: number;
  pages: number;
  /** One-based positions of the first and last cue shown, of `total` shown by the filter. */
  from: number;
  to: number;
  total: number;
  onTurn(page: number): void;
}

/** Previous and next page of cues, and where in the transcript this page is. */
export function TranscriptPager({ page, pages, from, to, total, onTurn }: TranscriptPagerProps) {
  const { t } = useI18n();
  return (
    <nav className="pager transcript-pager" aria-label={t("transcriptViewer.pages")} data-testid="transcript-pager">
      <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => onTurn(page - 1)}>
        {t("transcriptViewer.previous")}
      </button>
      <span className="meta" data-testid="transcript-page">
        {t("transcriptViewer.page", { page: formatCount(page + 1), pages: formatCount(pages), from: formatCount(from), to: formatCount(to), total: formatCount(total) })}
      </span>
      <button type="button" className="button button-secondary" disabled={page >= pages - 1} onClick={() => onTurn(page + 1)}>
        {t("transcriptViewer.next")}
      </button>
    </nav>
  );
}
