import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import {
  draftOf,
  EMPTY_DRAFT,
  FIELD_ORDER,
  MAX_SOURCE,
  parseWholeNumber,
  saveProblem,
  validateFigure,
  type FieldErrors,
  type FigureDraft,
  type FigureField,
  type SaveProblem,
} from './figure-form';
import { formatShare, gapInWords, periodLabel, type CommitmentLike, type FigureLike } from './progress';

export const RecordCommitmentFigure = graphql(`
  mutation RecordCommitmentFigure($commitmentId: ID!, $input: CommitmentFigureInput!) {
    recordCommitmentFigure(commitmentId: $commitmentId, input: $input) {
      ...ProgressFigure
    }
  }
`);

export const CorrectCommitmentFigure = graphql(`
  mutation CorrectCommitmentFigure($id: ID!, $version: Int!, $input: CommitmentFigureInput!) {
    correctCommitmentFigure(id: $id, version: $version, input: $input) {
      ...ProgressFigure
    }
  }
`);

interface Props {
  commitment: CommitmentLike;
  /** The period being corrected; without it the form records a new one */
  figure?: FigureLike;
  /** Called after a save with what to announce, once the page has the new figures */
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Fetches the page's figures again (after a save, or to pick up someone else's change) */
  reload: () => Promise<unknown>;
}

/**
 * Records a period's figures, or corrects one. Checks what it can before
 * sending (whole numbers, part within total, real dates, no overlap), then
 * shows the API's own objections on the same fields; a summary of the
 * problems takes focus so a screen reader hears them at once.
 */
export function FigureForm({ commitment, figure, onSaved, onCancel, reload }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<FigureDraft>(figure ? draftOf(figure) : EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Exclude<SaveProblem, { kind: 'fields' }> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const [record, recording] = useMutation(RecordCommitmentFigure);
  const [correct, correcting] = useMutation(CorrectCommitmentFigure);
  const saving = recording.loading || correcting.loading;
  const fieldId = (field: FigureField) => `${id}-${field}`;

  // After each failed attempt, the summary of problems takes focus.
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  function change(field: FigureField, value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    const checked = validateFigure(draft, commitment.figures, figure?.id);
    setErrors(checked.errors);
    if (!checked.input) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      if (figure) await correct({ variables: { id: figure.id, version: figure.version, input: checked.input } });
      else await record({ variables: { commitmentId: commitment.id, input: checked.input } });
    } catch (error) {
      const found = saveProblem(error);
      if (found.kind === 'fields') setErrors(found.errors);
      else setProblem(found);
      setAttempt((n) => n + 1);
      return;
    }
    await reload().catch(() => {});
    const period = periodLabel(checked.input);
    onSaved(figure ? `Corrected the figures for ${period}.` : `Recorded the figures for ${period}.`);
  }

  const listed = FIELD_ORDER.filter((f) => errors[f]);
  const total = parseWholeNumber(draft.total);
  const part = parseWholeNumber(draft.part);
  const preview =
    total !== null && part !== null && total > 0 && part <= total
      ? `That is ${formatShare(part / total)}${commitment.target ? `, ${gapInWords(part / total - commitment.target.share)} of ${commitment.target.label}` : ''}.`
      : null;
  const headingId = `${id}-heading`;

  return (
    <form className="figure-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId} className="figure-form__title">
        {figure ? `Correct the figures for ${periodLabel(figure)}` : 'Record a period’s figures'}
      </h4>

      {(listed.length > 0 || problem) && (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`}>
          <h5 id={`${id}-summary`} className="error-summary__title">
            {problem ? problemTitle(problem) : 'There is a problem'}
          </h5>
          {problem ? (
            <ProblemDetail problem={problem} reload={reload} />
          ) : (
            <ul>
              {listed.map((f) => (
                <li key={f}>
                  <a
                    href={`#${fieldId(f)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(fieldId(f))?.focus();
                    }}
                  >
                    {errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="figure-form__period">
        <legend>Period</legend>
        <Field id={fieldId('periodStart')} label="First day" hint="For example, 1 April 2024" error={errors.periodStart}>
          {(props) => <input {...props} type="date" value={draft.periodStart} onChange={(e) => change('periodStart', e.target.value)} />}
        </Field>
        <Field id={fieldId('periodEnd')} label="Last day" hint="The last day counted, for example 31 March 2025" error={errors.periodEnd}>
          {(props) => <input {...props} type="date" value={draft.periodEnd} onChange={(e) => change('periodEnd', e.target.value)} />}
        </Field>
      </fieldset>

      <div className="figure-form__counts">
        <Field id={fieldId('total')} label={`Total ${commitment.measure ?? ''}`.trim()} hint="The whole, as a whole number" error={errors.total}>
          {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="off" className="input--count" value={draft.total} onChange={(e) => change('total', e.target.value)} />}
        </Field>
        <Field
          id={fieldId('part')}
          label={commitment.targetGroup ? `Of these, from the ${commitment.targetGroup}` : 'Of these, from the target group'}
          hint="A whole number, not more than the total"
          error={errors.part}
        >
          {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="off" className="input--count" value={draft.part} onChange={(e) => change('part', e.target.value)} />}
        </Field>
      </div>
      {preview && <p className="figure-form__preview">{preview}</p>}

      <Field id={fieldId('source')} label="Source (optional)" hint={`Where the figures come from, such as a report’s title; up to ${MAX_SOURCE} characters`} error={errors.source}>
        {(props) => <input {...props} type="text" className="input--wide" value={draft.source} onChange={(e) => change('source', e.target.value)} />}
      </Field>

      <p className="figure-form__actions">
        <button type="submit" className="button" disabled={saving} aria-disabled={saving}>
          {saving ? 'Saving…' : figure ? 'Save the correction' : 'Record these figures'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; name: string; 'aria-describedby': string; 'aria-invalid': boolean | undefined }) => ReactNode;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {children({ id, name: id.split('-').at(-1) ?? id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

function problemTitle(problem: Exclude<SaveProblem, { kind: 'fields' }>): string {
  switch (problem.kind) {
    case 'conflict':
      return 'Someone else changed these figures';
    case 'forbidden':
      return 'You cannot change this force’s figures';
    default:
      return describeError(problem.error).title;
  }
}

function ProblemDetail({ problem, reload }: { problem: Exclude<SaveProblem, { kind: 'fields' }>; reload: () => Promise<unknown> }) {
  switch (problem.kind) {
    case 'conflict':
      return (
        <>
          <p>
            They were changed after you opened them{problem.currentVersion ? ` (they are now at version ${problem.currentVersion})` : ''}, so your correction was not saved.
            Load the latest figures, check them, and correct them again if they still need it.
          </p>
          <p>
            <button type="button" className="button button--secondary" onClick={() => void reload().catch(() => {})}>
              Load the latest figures
            </button>
          </p>
        </>
      );
    case 'forbidden':
      return <p>Only an admin of this commitment’s force can record or correct its figures. If you should be able to, sign in again or ask a national admin.</p>;
    default:
      return <p>{describeError(problem.error).detail}</p>;
  }
}
