import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import { shortForceName } from '../../../lib/labels';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { useScopeName } from '../../auth/AccountMenu';
import { canEditForce, useMe } from '../../auth/useMe';
import { PermissionNotice } from '../PermissionNotice';
import { GroupEditable, GroupEditQuery } from './documents';
import { GroupEditor } from './GroupEditor';
import { toValues } from './values';

/** /groups/:groupId/edit */
export function GroupEditPage() {
  const { groupId = '' } = useParams();
  const { me } = useMe();
  const scope = useScopeName(me?.user);
  // The form starts from the version last read from the server, not a cached copy.
  const result = useQuery(GroupEditQuery, { variables: { id: groupId }, fetchPolicy: 'network-only' });
  const group = result.data?.group ? getFragmentData(GroupEditable, result.data.group) : undefined;
  const title = group ? `Edit ${group.name}` : result.data ? 'Group not found' : 'Edit group';
  const editableForce = me?.permissions.editableForceId ? shortForceName(scope ?? me.permissions.editableForceId) : undefined;

  return (
    <>
      <PageHeader
        title={title}
        eyebrow={
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link to="/">Overview</Link>
              </li>
              {group && (
                <>
                  <li>
                    <Link to={`/forces/${group.force.id}`}>{group.force.name}</Link>
                  </li>
                  <li>
                    <Link to={`/groups/${group.id}`}>{group.name}</Link>
                  </li>
                </>
              )}
            </ol>
          </nav>
        }
      />
      <QueryState {...result} onRetry={() => result.refetch()} what="the group">
        {(data) => {
          if (!group || !me) {
            return (
              <EmptyState title={`No group has the id “${groupId}”`}>
                <p>
                  It may have been renamed, or it is a draft of a force your account does not read. <Link to="/">Browse the forces</Link>.
                </p>
              </EmptyState>
            );
          }
          if (group.status === 'ARCHIVED') {
            return (
              <div className="notice notice--info">
                <h2 className="notice__title">This group is archived</h2>
                <p>
                  An archived group is restored before it is edited. <Link to={`/groups/${group.id}`}>Go to the group</Link> to restore it.
                </p>
              </div>
            );
          }
          return (
            <GroupEditor
              // Not keyed on the version: a conflict refreshes the cached group, and the form must keep what was typed.
              key={group.id}
              group={group}
              force={group.force}
              initial={toValues(group)}
              nationalBodies={data.nationalBodies}
              editableForce={editableForce}
              notice={canEditForce(me, group.force.id) ? null : <PermissionNotice me={me} force={group.force} editableForce={editableForce} what="This group" />}
            />
          );
        }}
      </QueryState>
    </>
  );
}
