import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { GroupStatus } from '../../gql/graphql';
import { shortForceName } from '../../lib/labels';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { announce } from '../../ui/notify';
import { useScopeName } from '../auth/AccountMenu';
import { canEditForce, useMe } from '../auth/useMe';
import { dropDerivedExcept } from '../editing/invalidate';
import { describeSaveFailure } from '../editing/save-errors';
import '../../ui/actions.css';

const PublishGroup = graphql(`
  mutation PublishGroup($id: ID!, $version: Int!) {
    publishGroup(id: $id, version: $version) {
      id
      version
      status
      updatedAt
    }
  }
`);
const ArchiveGroup = graphql(`
  mutation ArchiveGroup($id: ID!, $version: Int!) {
    archiveGroup(id: $id, version: $version) {
      id
      version
      status
      updatedAt
    }
  }
`);
const RestoreGroup = graphql(`
  mutation RestoreGroup($id: ID!, $version: Int!) {
    restoreGroup(id: $id, version: $version) {
      id
      version
      status
      updatedAt
    }
  }
`);

type Action = 'publish' | 'archive' | 'restore';

interface Props {
  group: { id: string; name: string; version: number; status: GroupStatus; force: { id: string; name: string } };
  /** Reads the group again (after a refusal because it changed meanwhile) */
  onStale(): void;
}

const DONE: Record<Action, string> = { publish: 'Published', archive: 'Archived', restore: 'Restored' };

/** Edit, publish, archive and restore, for those whose role covers the group's force. */
export function GroupActions({ group, onStale }: Props) {
  const { me } = useMe();
  const scope = useScopeName(me?.user);
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [problem, setProblem] = useState<string>();
  const options = { update: (cache: ApolloCache) => dropDerivedExcept(cache, cache.identify({ __typename: 'Group', id: group.id })) };
  const [publish, publishing] = useMutation(PublishGroup, options);
  const [archive, archiving] = useMutation(ArchiveGroup, options);
  const [restore, restoring] = useMutation(RestoreGroup, options);
  const busy = publishing.loading || archiving.loading || restoring.loading;

  if (!me || !canEditForce(me, group.force.id)) return null;

  async function run(action: Action) {
    setProblem(undefined);
    const variables = { id: group.id, version: group.version };
    try {
      if (action === 'publish') await publish({ variables });
      if (action === 'archive') await archive({ variables });
      if (action === 'restore') await restore({ variables });
      setConfirming(null);
      announce(DONE[action]);
    } catch (error) {
      setConfirming(null);
      const failure = describeSaveFailure(error, {
        label: () => undefined,
        editableForce: me?.permissions.editableForceId ? shortForceName(scope ?? '') || undefined : undefined,
      });
      if (failure.kind === 'conflict') {
        setProblem('Someone else changed this group since the page was loaded; it now shows the latest version. Check it, then try again.');
        onStale();
      } else if (failure.kind === 'fields') setProblem([...Object.values(failure.fields), ...failure.messages].join(' '));
      else setProblem(failure.message);
    }
  }

  return (
    <>
      <ul className="record-actions" aria-label="Actions on this group">
        {group.status !== 'ARCHIVED' && (
          <li>
            <Link className="button" to={`/groups/${group.id}/edit`}>
              Edit<span className="visually-hidden"> {group.name}</span>
            </Link>
          </li>
        )}
        {group.status === 'DRAFT' && (
          <li>
            <button type="button" className="button" onClick={() => run('publish')} disabled={busy}>
              {publishing.loading ? 'Publishing…' : 'Publish'}
            </button>
          </li>
        )}
        {group.status !== 'ARCHIVED' ? (
          <li>
            <button type="button" className="button button--secondary" onClick={() => setConfirming('archive')} disabled={busy}>
              Archive
            </button>
          </li>
        ) : (
          <li>
            <button type="button" className="button" onClick={() => setConfirming('restore')} disabled={busy}>
              Restore
            </button>
          </li>
        )}
      </ul>
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <ConfirmDialog
        open={confirming === 'archive'}
        title={`Archive ${group.name}?`}
        confirmLabel={archiving.loading ? 'Archiving…' : 'Archive'}
        tone="warning"
        busy={archiving.loading}
        onConfirm={() => run('archive')}
        onCancel={() => setConfirming(null)}
      >
        <p>It leaves every list, the coverage matrix and the public API. It keeps its history and can be restored.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'restore'}
        title={`Restore ${group.name}?`}
        confirmLabel={restoring.loading ? 'Restoring…' : 'Restore'}
        busy={restoring.loading}
        onConfirm={() => run('restore')}
        onCancel={() => setConfirming(null)}
      >
        <p>It comes back with the status it had before it was archived (draft or published).</p>
      </ConfirmDialog>
    </>
  );
}
