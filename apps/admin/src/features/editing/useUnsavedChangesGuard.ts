import { useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before a dirty form is left: in the portal (links, back and forward) by
 * blocking the navigation until the person chooses, and on closing or reloading
 * the tab through the browser's own prompt. Navigations within the page (a
 * #fragment, the query string) are never blocked. `release()` lets the form's
 * own navigation after a save go through at once.
 */
export function useUnsavedChangesGuard(dirty: boolean): { blocker: Blocker; release(): void } {
  const released = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older browsers need a value set; the words are the browser's own.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // The changes were undone (or saved) while a navigation waited: let it go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  return {
    blocker,
    release: () => {
      released.current = true;
    },
  };
}
