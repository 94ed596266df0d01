import { useState } from 'react';
import { describeError } from '../lib/errors';

interface Props {
  error: unknown;
  onRetry: () => Promise<unknown> | void;
}

/** What went wrong, in words, with a way to try again: never a blank page. */
export function ErrorState({ error, onRetry }: Props) {
  const [retrying, setRetrying] = useState(false);
  const { title, detail, code, requestId } = describeError(error);

  async function retry() {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query reports its own error again; nothing more to do here.
    } finally {
      setRetrying(false);
    }
  }

  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title}</h2>
      <p>{detail}</p>
      {(code || requestId) && (
        <p className="muted small">
          {code && <>Error code {code}</>}
          {code && requestId && ' · '}
          {requestId && <>request id {requestId}</>}
        </p>
      )}
      <p className="notice__actions">
        <button type="button" className="button" onClick={retry} disabled={retrying} aria-disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      </p>
    </div>
  );
}
