import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** The in-portal half of the unsaved-changes warning. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="You have unsaved changes"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      tone="warning"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>If you leave this page, the changes you have made will be lost.</p>
    </ConfirmDialog>
  );
}
