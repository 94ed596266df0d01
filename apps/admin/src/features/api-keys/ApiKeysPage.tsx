import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { ApiKeyRow, ApiKeysQuery } from './api-keys-query';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { announce } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { useMe } from '../auth/useMe';
import { ApiKeysTable, type KeyRow } from './ApiKeysTable';
import { CreateKeyForm } from './CreateKeyForm';
import { NewKeySecret } from './NewKeySecret';
import './api-keys.css';

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRow
    }
  }
`);

/** Partner API keys: who has one, when it was last used, a new one shown once, revoking with a confirmation. */
export function ApiKeysPage() {
  const { me, loading, error, refetch } = useMe();
  if (!me) return error && !loading ? <ErrorState error={error} onRetry={refetch} /> : <Loading label="Checking what you may do…" />;
  if (!me.permissions.canManageApiKeys) {
    return (
      <>
        <PageHeader title="API keys" />
        <div className="notice notice--info">
          <h2 className="notice__title">Only national admins manage API keys</h2>
          <p>
            Partners’ keys are issued and revoked by the national admins of Network Atlas. Ask one if a partner needs a key. Anyone may{' '}
            <Link to="/explorer">try the API in the explorer</Link> without a key.
          </p>
        </div>
      </>
    );
  }
  return <ManageKeys />;
}

function ManageKeys() {
  const result = useQuery(ApiKeysQuery);
  const [created, setCreated] = useState<{ partnerName: string; prefix: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<KeyRow | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const [revoke, revokeState] = useMutation(RevokeApiKey);

  async function confirmRevoke() {
    if (!revoking) return;
    setRevokeError(null);
    try {
      await revoke({ variables: { id: revoking.id } });
      announce(`Revoked the key ${revoking.prefix} for ${revoking.partnerName}. Requests with it are refused from now on.`);
      setRevoking(null);
    } catch (error) {
      setRevokeError(error);
    }
  }

  return (
    <>
      <PageHeader
        title="API keys"
        lead="Keys let partners (national bodies, researchers, other systems) query the API by name. A key reads published data only; revoke it and requests with it are refused at once."
      />
      {created ? (
        <NewKeySecret partnerName={created.partnerName} secret={created.key} onDone={() => setCreated(null)} />
      ) : (
        <CreateKeyForm onCreated={setCreated} />
      )}
      <section aria-labelledby="keys-heading" className="api-keys__list">
        <h2 id="keys-heading">Keys issued</h2>
        <QueryState {...result} onRetry={() => result.refetch()} what="API keys">
          {(data) => {
            const keys = getFragmentData(ApiKeyRow, data.apiKeys);
            if (keys.length === 0) return <p className="notice notice--empty">No keys have been issued yet. Create the first one above.</p>;
            return <ApiKeysTable keys={keys} onRevoke={(key) => (setRevokeError(null), setRevoking(key))} />;
          }}
        </QueryState>
      </section>
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? `Revoke the key for ${revoking.partnerName}?` : 'Revoke the key?'}
        confirmLabel="Revoke key"
        cancelLabel="Keep the key"
        tone="warning"
        busy={revokeState.loading}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      >
        <p>
          Requests with the key <code>{revoking?.prefix}…</code> will be refused at once. This cannot be undone: the partner will need a new key.
        </p>
        {revokeError ? (
          <p className="field__error" role="alert">
            The key was not revoked: {revokeError instanceof Error ? revokeError.message : 'the API did not answer'}. Try again.
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
