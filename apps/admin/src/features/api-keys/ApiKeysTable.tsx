import type { ApiKeyRowFragment } from '../../gql/graphql';
import { formatDateTime } from './api-key-form';

export type KeyRow = ApiKeyRowFragment;

/** Every key issued, newest first as the API lists them; revoked keys stay listed, marked as such. */
export function ApiKeysTable({ keys, onRevoke }: { keys: readonly KeyRow[]; onRevoke: (key: KeyRow) => void }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="keys-caption" tabIndex={0}>
      <table className="table api-keys-table">
        <caption id="keys-caption">
          {keys.length} {keys.length === 1 ? 'key' : 'keys'}, {keys.filter((k) => k.active).length} active
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Key starts</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.active ? undefined : 'api-keys-table__revoked'}>
              <th scope="row">
                {key.partnerName}
                {key.note && <span className="api-keys-table__note">{key.note}</span>}
              </th>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>
                {formatDateTime(key.createdAt)}
                <span className="api-keys-table__note">by {key.createdByEmail}</span>
              </td>
              <td>{formatDateTime(key.lastUsedAt) ?? 'Never'}</td>
              <td>{key.active ? 'Active' : `Revoked ${formatDateTime(key.revokedAt) ?? ''}`.trim()}</td>
              <td>
                {key.active && (
                  <button type="button" className="button button--secondary button--small" onClick={() => onRevoke(key)}>
                    Revoke<span className="visually-hidden"> the key for {key.partnerName}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
