import type { ReactNode } from 'react';
import { useDocumentTitle } from '../app/useDocumentTitle';

interface Props {
  title: string;
  /** The browser tab's title when it should differ from the heading, e.g. while loading */
  documentTitle?: string;
  /** A line above the heading, e.g. a breadcrumb or the record's kind */
  eyebrow?: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}

/** Every page starts with one: the h1 that focus moves to after navigation, and the tab title. */
export function PageHeader({ title, documentTitle, eyebrow, lead, children }: Props) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="page-header">
      {eyebrow && <div className="page-header__eyebrow">{eyebrow}</div>}
      <h1 tabIndex={-1}>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
