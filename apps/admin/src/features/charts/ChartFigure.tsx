import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import './charts.css';

interface Props {
  id: string;
  title: string;
  /** The chart in words: the text alternative everyone can read */
  summary: string;
  /** The chart's numbers as a table, behind a disclosure */
  table: ReactNode;
  /** A lazily loaded chart */
  children: ReactNode;
  /** The heading level that fits the page's outline */
  level?: 2 | 3;
}

/**
 * A chart with its text alternative. The drawing itself is hidden from assistive
 * technology because the summary and the table say the same thing in full.
 */
export function ChartFigure({ id, title, summary, table, children, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading id={`${id}-title`} className="chart__title">
          {title}
        </Heading>
        <p className="chart__summary">{summary}</p>
      </figcaption>
      <div className="chart__canvas" aria-hidden="true">
        <ErrorBoundary fallback={<p className="muted">The chart could not be loaded; its numbers are in the table below.</p>}>
          <Suspense fallback={<p className="muted chart__loading">Loading chart…</p>}>{children}</Suspense>
        </ErrorBoundary>
      </div>
      <details className="chart__data">
        <summary>Show the numbers as a table</summary>
        {table}
      </details>
    </figure>
  );
}
