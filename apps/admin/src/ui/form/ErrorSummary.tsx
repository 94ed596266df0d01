import { useEffect, useRef, type MouseEvent } from 'react';
import { fieldId } from './field-errors';

export interface SummaryItem {
  /** The field path; the link goes to its control. Absent for problems with the whole form. */
  path?: string;
  message: string;
}

interface Props {
  items: SummaryItem[];
  /** Changes with every submit that found problems, so focus returns to the summary each time */
  attempt: number;
  title?: string;
}

/**
 * The GOV.UK error summary: at the top of the form, focused when a submit finds
 * problems (so a screen reader reads it first), each problem a link to its control.
 */
export function ErrorSummary({ items, attempt, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
    // Only on a new attempt: not whenever the list changes as messages are fixed.
  }, [attempt]);
  if (!items.length) return null;

  function go(event: MouseEvent<HTMLAnchorElement>, path: string) {
    const target = document.getElementById(fieldId(path));
    if (!target) return;
    // A hash change would count as navigation (and trip the unsaved-changes guard).
    event.preventDefault();
    const control = target.matches('input, select, textarea, button') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
    (control ?? target).focus();
    (target.closest('fieldset, .field') ?? target).scrollIntoView({ block: 'center' });
  }

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="group">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, i) =>
          item.path ? (
            <li key={`${item.path}-${i}`}>
              <a href={`#${fieldId(item.path)}`} onClick={(e) => go(e, item.path!)}>
                {item.message}
              </a>
            </li>
          ) : (
            <li key={`form-${i}`}>{item.message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
