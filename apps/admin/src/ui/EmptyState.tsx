import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="notice notice--empty">
      <h2 className="notice__title">{title}</h2>
      {children}
    </div>
  );
}
