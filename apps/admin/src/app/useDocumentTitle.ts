import { useEffect } from 'react';

export const PRODUCT = 'Network Atlas';

/** "Coverage – Network Atlas": the page first, so tabs and history stay readable. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${PRODUCT}` : PRODUCT;
  }, [title]);
}
