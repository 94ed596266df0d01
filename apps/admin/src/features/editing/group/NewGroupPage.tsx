import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { shortForceName } from '../../../lib/labels';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { useScopeName } from '../../auth/AccountMenu';
import { canEditForce, useMe } from '../../auth/useMe';
import { PermissionNotice } from '../PermissionNotice';
import { NewGroupQuery } from './documents';
import { GroupEditor } from './GroupEditor';
import { EMPTY_GROUP } from './values';

/** /forces/:forceId/groups/new: a new group starts as a draft of the force. */
export function NewGroupPage() {
  const { forceId = '' } = useParams();
  const { me } = useMe();
  const scope = useScopeName(me?.user);
  const result = useQuery(NewGroupQuery, { variables: { forceId } });
  const force = result.data?.force;
  const [initial] = useState(EMPTY_GROUP);
  const editableForce = me?.permissions.editableForceId ? shortForceName(scope ?? me.permissions.editableForceId) : undefined;

  return (
    <>
      <PageHeader
        title={force ? `New group for ${force.name}` : 'New group'}
        lead={force ? 'It is saved as a draft: partners and the public see it once it is published.' : undefined}
        eyebrow={
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link to="/">Overview</Link>
              </li>
              {force && (
                <li>
                  <Link to={`/forces/${force.id}`}>{force.name}</Link>
                </li>
              )}
            </ol>
          </nav>
        }
      />
      <QueryState {...result} onRetry={() => result.refetch()} what="the force">
        {(data) =>
          data.force && me ? (
            <GroupEditor
              force={data.force}
              initial={initial}
              nationalBodies={data.nationalBodies}
              editableForce={editableForce}
              notice={canEditForce(me, data.force.id) ? null : <PermissionNotice me={me} force={data.force} editableForce={editableForce} what="A new group here" />}
            />
          ) : (
            <EmptyState title={`No force has the id “${forceId}”`}>
              <p>
                <Link to="/">See every force</Link>.
              </p>
            </EmptyState>
          )
        }
      </QueryState>
    </>
  );
}
