import { useId, useState, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

export interface ChartFigureProps {
  /** What the chart shows, read instead of the drawing (`role="img"`). */
  label: string;
  /** The chart's message in words: shown under it and linked as its description. */
  summary: string;
  height: number;
  testId?: string;
  /** Draws the chart at the measured width (0 until measured). */
  children: (width: number) => ReactNode;
  /** The numbers as text (a table, usually visually hidden) for screen readers. */
  data?: ReactNode;
  className?: string;
}

/**
 * The frame every chart sits in: the drawing is one image with a label and a summary (screen
 * readers get the numbers from `data`, not from SVG shapes), and it takes the width it is given
 * (ResponsiveContainer), so nothing scrolls sideways at 390 px.
 */
export function ChartFigure({ label, summary, height, testId, children, data, className }: ChartFigureProps) {
  const summaryId = useId();
  const [width, setWidth] = useState(0);
  return (
    <figure className={`chart${className ? ` ${className}` : ""}`} data-testid={testId}>
      <div className="chart-drawing" role="img" aria-label={label} aria-describedby={summaryId} style={{ height }}>
        <ResponsiveContainer width="100%" height={height} minWidth={0} onResize={(w) => setWidth(w)}>
          {children(width)}
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
      {data}
    </figure>
  );
}
