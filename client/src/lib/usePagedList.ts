import { useCallback, useEffect, useState } from "react";

/** What one page of a "Visa fler" list tells its parent once it has loaded. */
export interface PageReport {
  endCursor: string | null;
  hasNextPage: boolean;
  shown: number;
  total: number;
}

/**
 * A list shown as pages stacked under each other ("Visa fler"): one cursor per loaded page, each
 * page reporting its end cursor and counts. Gives the cursors to render, the callback the pages
 * report through, how many are shown and in all, and `more()` for the next page.
 */
export function usePagedList() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [reports, setReports] = useState<Map<string | null, PageReport>>(() => new Map());
  const onReport = useCallback((after: string | null, report: PageReport) => {
    setReports((current) => {
      const previous = current.get(after);
      if (
        previous &&
        previous.endCursor === report.endCursor &&
        previous.hasNextPage === report.hasNextPage &&
        previous.shown === report.shown &&
        previous.total === report.total
      ) {
        return current;
      }
      return new Map(current).set(after, report);
    });
  }, []);
  const last = reports.get(cursors[cursors.length - 1] ?? null);
  const shown = cursors.reduce((sum, cursor) => sum + (reports.get(cursor)?.shown ?? 0), 0);
  const total = reports.get(null)?.total;
  const nextCursor = last?.hasNextPage && last.endCursor ? last.endCursor : null;
  const more = useCallback(() => {
    if (nextCursor) setCursors((current) => [...current, nextCursor]);
  }, [nextCursor]);
  return { cursors, setCursors, onReport, shown, total, nextCursor, more };
}

/** What a loaded page of a connection tells the list it belongs to (see `usePagedList`). */
export function useReportPage(
  after: string | null,
  connection: { totalCount: number; nodes: readonly unknown[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } } | undefined,
  onReport: (after: string | null, report: PageReport) => void,
) {
  useEffect(() => {
    if (!connection) return;
    const { pageInfo, nodes, totalCount } = connection;
    onReport(after, { endCursor: pageInfo.endCursor ?? null, hasNextPage: pageInfo.hasNextPage, shown: nodes.length, total: totalCount });
  }, [connection, after, onReport]);
}
