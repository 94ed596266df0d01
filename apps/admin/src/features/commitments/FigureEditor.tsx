import { useEffect, useRef, useState } from 'react';
import { FigureForm } from './FigureForm';
import { formatCount, formatShare, periodLabel, type CommitmentLike, type FigureLike } from './progress';

interface Props {
  commitment: CommitmentLike;
  reload: () => Promise<unknown>;
}

type Editing = { mode: 'closed' } | { mode: 'record' } | { mode: 'correct'; figureId: string };

/**
 * What a force admin of the commitment's force sees: "Record figures", and
 * each recorded period with a way to correct it. After a save the form
 * closes and a message says what changed; focus goes to that message.
 */
export function FigureEditor({ commitment, reload }: Props) {
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const correcting = editing.mode === 'correct' ? commitment.figures.find((f) => f.id === editing.figureId) : undefined;

  // Focus follows the change once it is on screen: to the message after a save, back to the button after cancelling.
  const [focusTo, setFocusTo] = useState<'message' | 'record' | null>(null);
  useEffect(() => {
    if (focusTo === 'message') messageRef.current?.focus();
    if (focusTo === 'record') recordButton.current?.focus();
    if (focusTo) setFocusTo(null);
  }, [focusTo]);

  function saved(text: string) {
    setEditing({ mode: 'closed' });
    setMessage(text);
    setFocusTo('message');
  }

  function cancel() {
    setEditing({ mode: 'closed' });
    setFocusTo('record');
  }

  function open(next: Editing) {
    setMessage('');
    setEditing(next);
  }

  return (
    <div className="figure-editor">
      <p className="figure-editor__message" role="status" ref={messageRef} tabIndex={-1}>
        {message && (
          <>
            <span aria-hidden="true">✓ </span>
            {message}
          </>
        )}
      </p>
      {editing.mode !== 'record' && (
        <p>
          <button type="button" className="button" ref={recordButton} onClick={() => open({ mode: 'record' })}>
            Record figures
          </button>
        </p>
      )}
      {editing.mode === 'record' && <FigureForm commitment={commitment} onSaved={saved} onCancel={cancel} reload={reload} />}

      {commitment.figures.length > 0 && (
        <table className="table table--compact figure-editor__periods">
          <caption>Recorded periods</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col" className="num">
                Part
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {commitment.figures.map((f: FigureLike) => (
              <tr key={f.id}>
                <th scope="row">{periodLabel(f)}</th>
                <td className="num">{formatCount(f.total)}</td>
                <td className="num">{formatCount(f.part)}</td>
                <td className="num">{formatShare(f.share)}</td>
                <td>
                  <button type="button" className="button button--secondary button--small" onClick={() => open({ mode: 'correct', figureId: f.id })}>
                    Correct<span className="visually-hidden"> the figures for {periodLabel(f)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {correcting && <FigureForm key={correcting.id} commitment={commitment} figure={correcting} onSaved={saved} onCancel={cancel} reload={reload} />}
    </div>
  );
}
