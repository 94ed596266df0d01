import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FieldErrors } from '../../ui/form/field-errors';
import { announce } from '../../ui/notify';
import type { HistoryEvent } from '../history/HistoryView';
import { changedFields, isDirty, overlay } from './form-values';
import { describeSaveFailure } from './save-errors';
import { useFormProblems } from './useFormProblems';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/** The record as it is now, after a CONFLICT, and what was done to it since the form was loaded. */
export interface Latest<V> {
  values: V;
  version: number;
  /** Newest first */
  events: readonly HistoryEvent[];
}

export interface Options<V extends object, I extends object> {
  initial: V;
  /** The version the form was loaded at (0 when creating) */
  version: number;
  validate(values: V): FieldErrors;
  toInput(values: V): I;
  /** A field path's label, or undefined when the form has no control for it */
  label(path: string): string | undefined;
  editableForce?: string;
  /** Send only the changed fields (an update) rather than all (a create) */
  partial: boolean;
  /** Saves; resolves with where to go next */
  save(input: Partial<I>, version: number): Promise<string>;
  savedMessage: string;
  /** Where to go when there is nothing to save */
  back: string;
  /** Reads the latest version after a CONFLICT; absent when conflicts cannot happen */
  latest?(loadedVersion: number): Promise<Latest<V> | null>;
}

export interface Conflict<V> extends Latest<V> {
  /** The input the form was loaded with and the changed fields, to show side by side */
  loaded: Record<string, unknown>;
  mine: Record<string, unknown>;
}

/**
 * Everything around an edit form but the fields: client checks, saving only what
 * changed, server errors on the right fields, conflicts (reload or re-apply) and
 * the unsaved-changes guard.
 */
export function useRecordEditor<V extends object, I extends object>(o: Options<V, I>) {
  const navigate = useNavigate();
  const [base, setBase] = useState({ initial: o.initial, version: o.version });
  const [values, setValues] = useState(o.initial);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [saving, setSaving] = useState(false);
  const problems = useFormProblems();
  const guard = useUnsavedChangesGuard(isDirty(base.initial, values));

  function leave(to: string, message: string) {
    guard.release();
    announce(message);
    navigate(to);
  }

  async function save(current: V, on: { initial: V; version: number }) {
    const found = o.validate(current);
    if (Object.keys(found).length) {
      problems.show(found);
      return;
    }
    const input = o.partial ? changedFields(o.toInput, on.initial, current) : o.toInput(current);
    if (o.partial && Object.keys(input).length === 0) {
      leave(o.back, 'No changes to save');
      return;
    }
    setSaving(true);
    try {
      const to = await o.save(input, on.version);
      leave(to, o.savedMessage);
    } catch (error) {
      const failure = describeSaveFailure(error, { label: o.label, editableForce: o.editableForce });
      if (failure.kind === 'fields') problems.show(failure.fields, failure.messages);
      else if (failure.kind === 'message') problems.show({}, [failure.message]);
      else await showConflict(current, on);
    } finally {
      setSaving(false);
    }
  }

  async function showConflict(current: V, on: { initial: V; version: number }) {
    problems.clear();
    const found = await o.latest?.(on.version).catch(() => undefined);
    if (found === null) {
      problems.show({}, ['The change was not saved: the record no longer exists.']);
    } else if (!found) {
      problems.show({}, ['Someone else changed this record while you were editing, and the latest version could not be loaded. Copy your changes, then reload the page.']);
    } else {
      setConflict({
        ...found,
        loaded: o.toInput(on.initial) as Record<string, unknown>,
        mine: changedFields(o.toInput, on.initial, current) as Record<string, unknown>,
      });
    }
  }

  /** Take the latest version and drop what was typed. */
  function reload() {
    if (!conflict) return;
    setBase({ initial: conflict.values, version: conflict.version });
    setValues(conflict.values);
    setConflict(null);
    problems.clear();
    announce('Loaded the latest version; your changes were discarded');
    document.querySelector<HTMLElement>('main h1')?.focus();
  }

  /** Lay the fields this person changed over the latest version, and save again. */
  async function reapply() {
    if (!conflict) return;
    const merged = overlay(o.toInput, conflict.values, base.initial, values);
    const next = { initial: conflict.values, version: conflict.version };
    setBase(next);
    setValues(merged);
    setConflict(null);
    await save(merged, next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saving) void save(values, base);
  }

  return { values, setValues, problems, conflict, saving, submit, reload, reapply, blocker: guard.blocker };
}
