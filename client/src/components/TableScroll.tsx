import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its box instead of widening the page. The box takes
 * keyboard focus (arrow keys scroll it) and is a named region, as WCAG asks of scrollable areas.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
