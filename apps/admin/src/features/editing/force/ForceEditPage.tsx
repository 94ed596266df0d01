import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import type { ForceEditableFragment, ForceProfileInput } from '../../../gql/graphql';
import { POSITIVE_ACTION_LABELS, shortForceName } from '../../../lib/labels';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { CheckboxGroup, TextArea, TextField } from '../../../ui/form/fields';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { useScopeName } from '../../auth/AccountMenu';
import { canEditForce, useMe, type Me } from '../../auth/useMe';
import { ConflictPanel } from '../ConflictPanel';
import { eventsSince } from '../events-since';
import { dropDerived } from '../invalidate';
import { PermissionNotice } from '../PermissionNotice';
import { SocialHandlesEditor } from '../SocialHandlesEditor';
import { TextList } from '../TextList';
import { UnsavedChangesDialog } from '../UnsavedChangesDialog';
import { useRecordEditor } from '../useRecordEditor';
import { ForceConflictQuery, ForceEditable, ForceEditQuery, UpdateForceProfileMutation } from './documents';
import { forceFieldLabel, toForceInput, toForceValues, validateForce } from './values';
import '../../../ui/form/form.css';
import '../editing.css';

const AREAS = (Object.keys(POSITIVE_ACTION_LABELS) as (keyof typeof POSITIVE_ACTION_LABELS)[]).map((value) => ({ value, label: POSITIVE_ACTION_LABELS[value] }));

/** /forces/:forceId/edit: the force's profile, objectives and memberships. */
export function ForceEditPage() {
  const { forceId = '' } = useParams();
  const { me } = useMe();
  const result = useQuery(ForceEditQuery, { variables: { id: forceId }, fetchPolicy: 'network-only' });
  const force = result.data?.force ? getFragmentData(ForceEditable, result.data.force) : undefined;

  return (
    <>
      <PageHeader
        title={force ? `Edit ${force.name}'s profile` : result.data ? 'Force not found' : 'Edit force profile'}
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
        {() =>
          force && me ? (
            <ForceEditor key={force.id} force={force} me={me} />
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

function ForceEditor({ force, me }: { force: ForceEditableFragment; me: Me }) {
  const client = useApolloClient();
  const scope = useScopeName(me.user);
  const editableForce = me.permissions.editableForceId ? shortForceName(scope ?? me.permissions.editableForceId) : undefined;
  const [update] = useMutation(UpdateForceProfileMutation, { update: dropDerived });
  const back = `/forces/${force.id}`;

  const editor = useRecordEditor({
    initial: toForceValues(force),
    version: force.version,
    validate: validateForce,
    toInput: toForceInput,
    label: forceFieldLabel,
    editableForce,
    partial: true,
    back,
    savedMessage: 'Saved',
    async save(input: Partial<ForceProfileInput>, version: number) {
      await update({ variables: { forceId: force.id, version, input } });
      return back;
    },
    async latest(loadedVersion: number) {
      const { data } = await client.query({ query: ForceConflictQuery, variables: { id: force.id }, fetchPolicy: 'network-only' });
      if (!data?.force) return null;
      const current = getFragmentData(ForceEditable, data.force);
      return { values: toForceValues(current), version: current.version, events: eventsSince(data.force.history, loadedVersion, current.version) };
    },
  });
  const { values: v, setValues, problems } = editor;
  const set = <K extends keyof typeof v>(key: K) => (value: (typeof v)[K]) => setValues({ ...v, [key]: value });
  const errors = problems.errors;

  return (
    <>
      {!canEditForce(me, force.id) && <PermissionNotice me={me} force={force} editableForce={editableForce} what="This profile" />}
      {editor.conflict ? (
        <ConflictPanel conflict={editor.conflict} what="force profile" onReload={editor.reload} onReapply={editor.reapply} />
      ) : (
        <ErrorSummary items={problems.items} attempt={problems.attempt} />
      )}
      <form className="form" onSubmit={editor.submit} noValidate aria-label={`Edit ${force.name}'s profile`}>
        <TextArea path="description" label="Description" hint="A short description of the force. At most 5000 characters." rows={5} value={v.description} onValue={set('description')} error={errors.description} />
        <TextField path="website" label="Website" hint="The full address, starting https://" type="url" spellCheck={false} value={v.website} onValue={set('website')} error={errors.website} />
        <SocialHandlesEditor items={v.socialHandles} onItems={set('socialHandles')} errors={errors} />
        <TextList path="equalityObjectives" legend="Equality objectives" hint="In the force's own order." itemName="objective" items={v.equalityObjectives} onItems={set('equalityObjectives')} errors={errors} ordered long max={20} />
        <CheckboxGroup path="positiveActionFocus" label="Positive action focus" hint="The aspects of positive action the force focuses on. Choose all that apply." options={AREAS} value={v.positiveActionFocus} onValue={set('positiveActionFocus')} error={errors.positiveActionFocus} />
        <TextList path="memberships" legend="Corporate memberships" hint="Organisations promoting diversity the force is a corporate member of, e.g. Stonewall." itemName="membership" items={v.memberships} onItems={set('memberships')} errors={errors} ordered max={50} />
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button" disabled={editor.saving}>
            {editor.saving ? 'Saving…' : 'Save changes'}
          </button>
          <Link to={back}>Cancel</Link>
        </div>
      </form>
      <UnsavedChangesDialog blocker={editor.blocker} />
    </>
  );
}
