import type { GroupStatus } from '../gql/graphql';

const LABELS: Record<GroupStatus, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

/** The status in words; the colour only repeats it. */
export function StatusBadge({ status }: { status: GroupStatus }) {
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`}>
      <span className="visually-hidden">Status: </span>
      {LABELS[status]}
    </span>
  );
}
