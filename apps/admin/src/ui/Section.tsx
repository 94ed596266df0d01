import type { ReactNode } from 'react';

/** A titled part of a record page; says "None recorded" rather than vanishing when empty. */
export function Section({ id, title, empty, children }: { id: string; title: string; empty?: boolean; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="muted">None recorded.</p> : children}
    </section>
  );
}
