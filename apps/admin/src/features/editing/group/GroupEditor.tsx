import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import type { GroupEditableFragment, GroupInput } from '../../../gql/graphql';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { ConflictPanel } from '../ConflictPanel';
import { dropDerived } from '../invalidate';
import { UnsavedChangesDialog } from '../UnsavedChangesDialog';
import { useRecordEditor, type Latest } from '../useRecordEditor';
import { CreateGroupMutation, GroupConflictQuery, GroupEditable, UpdateGroupMutation } from './documents';
import { GroupForm } from './GroupForm';
import { groupFieldLabel } from './labels';
import { validateGroup } from './validate';
import { toInput, toValues, type GroupFormValues } from './values';
import { eventsSince } from '../events-since';
import '../../../ui/form/form.css';
import '../editing.css';
import './group-form.css';

interface Props {
  /** The group being edited; absent when adding one */
  group?: GroupEditableFragment;
  force: { id: string; name: string };
  initial: GroupFormValues;
  nationalBodies: readonly { id: string; name: string }[];
  /** "Leicestershire", when the user edits one force only: for FORBIDDEN in words */
  editableForce?: string;
  /** Shown above the form, e.g. that the user may not edit this force */
  notice?: ReactNode;
}

/** The group form and everything around it, for a new group or an existing one. */
export function GroupEditor({ group, force, initial, nationalBodies, editableForce, notice }: Props) {
  const client = useApolloClient();
  const [update] = useMutation(UpdateGroupMutation, { update: dropDerived });
  const [create] = useMutation(CreateGroupMutation, { update: dropDerived });
  const back = group ? `/groups/${group.id}` : `/forces/${force.id}`;

  async function save(input: Partial<GroupInput>, version: number): Promise<string> {
    if (group) {
      await update({ variables: { id: group.id, version, input } });
      return back;
    }
    const { data } = await create({ variables: { input, forceId: force.id } });
    return data ? `/groups/${getFragmentData(GroupEditable, data.createGroup).id}` : back;
  }

  async function latest(loadedVersion: number): Promise<Latest<GroupFormValues> | null> {
    const { data } = await client.query({ query: GroupConflictQuery, variables: { id: group!.id }, fetchPolicy: 'network-only' });
    if (!data?.group) return null;
    const current = getFragmentData(GroupEditable, data.group);
    return { values: toValues(current), version: current.version, events: eventsSince(data.group.history, loadedVersion, current.version) };
  }

  const editor = useRecordEditor({
    initial,
    version: group?.version ?? 0,
    validate: validateGroup,
    toInput,
    label: groupFieldLabel,
    editableForce,
    partial: !!group,
    save,
    savedMessage: group ? 'Saved' : 'Saved as a draft',
    back,
    latest: group ? latest : undefined,
  });

  return (
    <>
      {notice}
      {editor.conflict ? (
        <ConflictPanel conflict={editor.conflict} what="group" nationalBodies={nationalBodies} onReload={editor.reload} onReapply={editor.reapply} />
      ) : (
        <ErrorSummary items={editor.problems.items} attempt={editor.problems.attempt} />
      )}
      <form className="form group-form" onSubmit={editor.submit} noValidate aria-label={group ? `Edit ${group.name}` : `New group for ${force.name}`}>
        <GroupForm values={editor.values} onChange={editor.setValues} errors={editor.problems.errors} nationalBodies={nationalBodies} />
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button" disabled={editor.saving}>
            {editor.saving ? 'Saving…' : group ? 'Save changes' : 'Save as a draft'}
          </button>
          <Link to={back}>Cancel</Link>
        </div>
      </form>
      <UnsavedChangesDialog blocker={editor.blocker} />
    </>
  );
}
