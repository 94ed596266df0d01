import type { MouseEvent } from 'react';

/** Moves focus into the page without touching the URL, so the router sees no navigation. */
export function SkipLink({ target }: { target: string }) {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
    element.scrollIntoView();
  }
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
