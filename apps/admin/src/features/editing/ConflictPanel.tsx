import './editing.css';
import { useEffect, useRef } from 'react';
import { ACTION_LABELS, fieldLabel } from '../history/describe-value';
import { formatWhen } from '../history/HistoryView';
import { ShownValue } from '../history/ShownValue';
import { conflictRows } from './conflict-rows';
import type { Conflict } from './useRecordEditor';

interface Props {
  conflict: Conflict<unknown>;
  /** "group", "force profile" */
  what: string;
  nationalBodies?: readonly { id: string; name: string }[];
  onReload(): void;
  onReapply(): void;
}

/**
 * Someone saved the record after this form was opened: what they changed, what
 * this person changed, and the two ways on (take theirs, or lay mine over theirs).
 */
export function ConflictPanel({ conflict, what, nationalBodies = [], onReload, onReapply }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [conflict]);
  const names = { nationalBodies: new Map(nationalBodies.map((b) => [b.id, b.name])) };
  const rows = conflictRows(conflict.events, conflict.loaded, conflict.mine);
  const who = [...new Set(conflict.events.map((e) => e.actorEmail))];
  const latest = conflict.events[0];

  return (
    <section className="conflict notice notice--error" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="notice__title" tabIndex={-1} ref={heading}>
        Someone else changed this {what} while you were editing
      </h2>
      <p>
        Your changes have not been saved.{' '}
        {latest && (
          <>
            {who.join(' and ')} saved {conflict.events.length === 1 ? 'a change' : `${conflict.events.length} changes`}: the latest was{' '}
            {(ACTION_LABELS[latest.action] ?? latest.action).toLowerCase()} on {formatWhen(latest.at)}.
          </>
        )}
      </p>
      <div className="table-scroll">
        <table className="table conflict__table">
          <caption>What changed since you opened the form</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened the form</th>
              <th scope="col">Now (their change)</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className={row.clash ? 'conflict__clash' : undefined}>
                <th scope="row">
                  {fieldLabel(row.field)}
                  {row.clash && <span className="conflict__badge">Both changed</span>}
                </th>
                <td>
                  <ShownValue field={row.field} value={row.loaded} names={names} />
                </td>
                <td>
                  <ShownValue field={row.field} value={row.current} names={names} />
                </td>
                <td>{row.mine === undefined ? <span className="muted">Not changed by you</span> : <ShownValue field={row.field} value={row.mine} names={names} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Re-apply my changes</strong> saves the fields you changed on top of theirs
        {rows.some((r) => r.clash) ? ', replacing their value where you both changed a field' : ''}. <strong>Reload</strong> shows the {what} as it is now and
        discards your changes.
      </p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={onReapply}>
          Re-apply my changes
        </button>
        <button type="button" className="button button--secondary" onClick={onReload}>
          Reload (discard mine)
        </button>
      </p>
    </section>
  );
}
