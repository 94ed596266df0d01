import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { ErrorSummary, type SummaryItem } from '../../ui/form/ErrorSummary';
import { serverFieldErrors, type FieldErrors } from '../../ui/form/field-errors';
import { TextArea, TextField } from '../../ui/form/fields';
import { NOTE_MAX, PARTNER_MAX, validateKeyDraft } from './api-key-form';
import { ApiKeysQuery } from './api-keys-query';

const CreateApiKey = graphql(`
  mutation CreateApiKey($partnerName: String!, $note: String) {
    createApiKey(partnerName: $partnerName, note: $note) {
      key
      apiKey {
        id
        partnerName
        prefix
      }
    }
  }
`);

const LABELS: Record<string, string> = { partnerName: 'The partner’s name', note: 'The note' };

/** Issues a key for a named partner; the page then shows the secret once. */
export function CreateKeyForm({ onCreated }: { onCreated: (created: { partnerName: string; prefix: string; key: string }) => void }) {
  const [partnerName, setPartnerName] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [attempt, setAttempt] = useState(0);
  // The secret must not linger in Apollo's cache: it is read from this answer only.
  const [create, { loading }] = useMutation(CreateApiKey, { fetchPolicy: 'no-cache', refetchQueries: [ApiKeysQuery], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError('');
    const checked = validateKeyDraft({ partnerName, note });
    setErrors(checked.errors);
    if (!checked.input) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const { data } = await create({ variables: checked.input });
      if (!data) throw new Error('The API gave no key back.');
      onCreated({ partnerName: data.createApiKey.apiKey.partnerName, prefix: data.createApiKey.apiKey.prefix, key: data.createApiKey.key });
    } catch (error) {
      const placed = serverFieldErrors(error, (path) => LABELS[path]);
      if (placed) {
        setErrors(placed.fields);
        setFormError(placed.unplaced.join(' '));
      } else {
        setFormError(describeError(error).detail);
      }
      setAttempt((n) => n + 1);
    }
  }

  const items: SummaryItem[] = [
    ...Object.entries(errors).map(([path, message]) => ({ path, message })),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <section aria-labelledby="create-key-heading" className="api-keys__create">
      <h2 id="create-key-heading">Create a key</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary items={items} attempt={attempt} title={formError && !Object.keys(errors).length ? 'The key was not created' : undefined} />
        <TextField
          path="partnerName"
          label="Partner"
          hint={`Who the key is for, e.g. “University of Leicester, criminology”. Up to ${PARTNER_MAX} characters.`}
          error={errors.partnerName}
          value={partnerName}
          onValue={setPartnerName}
          autoComplete="off"
        />
        <TextArea
          path="note"
          label="Note (optional)"
          hint={`What it is for and who to contact. Up to ${NOTE_MAX} characters.`}
          error={errors.note}
          value={note}
          onValue={setNote}
          rows={3}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </form>
    </section>
  );
}
