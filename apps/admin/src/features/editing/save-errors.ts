import { describeError } from '../../lib/errors';
import { errorCode, errorExtension, serverFieldErrors, type FieldErrors } from '../../ui/form/field-errors';

export type SaveFailure =
  | { kind: 'fields'; fields: FieldErrors; messages: string[] }
  | { kind: 'conflict'; currentVersion?: number }
  | { kind: 'message'; message: string; signIn?: boolean };

interface Context {
  /** Turns a field path into its label, or undefined when the form has no control for it */
  label(path: string): string | undefined;
  /** "Leicestershire", when the user edits one force only */
  editableForce?: string;
}

/** What a refused save means, in words, and where on the form it belongs. */
export function describeSaveFailure(error: unknown, { label, editableForce }: Context): SaveFailure {
  const code = errorCode(error);
  switch (code) {
    case 'BAD_USER_INPUT': {
      const mapped = serverFieldErrors(error, label);
      if (mapped) return { kind: 'fields', fields: mapped.fields, messages: mapped.unplaced };
      return { kind: 'message', message: describeError(error).detail };
    }
    case 'CONFLICT':
      return { kind: 'conflict', currentVersion: errorExtension<number>(error, 'currentVersion') };
    case 'FORBIDDEN':
      return {
        kind: 'message',
        message: editableForce
          ? `The change was not saved: you can edit ${editableForce} only.`
          : `The change was not saved: your account may not make it (${describeError(error).detail}).`,
      };
    case 'UNAUTHENTICATED':
      return { kind: 'message', message: 'The change was not saved: you are no longer signed in. Sign in again in another tab, then save.', signIn: true };
    case 'NOT_FOUND':
      return { kind: 'message', message: 'The change was not saved: the record no longer exists.' };
    case 'TOO_MANY_REQUESTS': {
      const wait = Math.max(1, Math.ceil(Number(errorExtension<number>(error, 'retryAfter') ?? 1)));
      return { kind: 'message', message: `Too many requests: try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}.` };
    }
    default: {
      const { title, detail } = describeError(error);
      return { kind: 'message', message: `The change was not saved. ${title}: ${detail}` };
    }
  }
}
