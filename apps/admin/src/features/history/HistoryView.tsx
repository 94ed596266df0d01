import { graphql } from '../../gql';
import { ACTION_LABELS, describeValue, fieldLabel, type Names } from './describe-value';
import { ShownValue } from './ShownValue';
import './history.css';

export const HistoryEventFields = graphql(`
  fragment HistoryEventFields on AuditEvent {
    id
    at
    actorEmail
    action
    changes {
      field
      before
      after
    }
  }
`);

export interface HistoryEvent {
  id: string;
  at: string;
  actorEmail: string;
  action: string;
  changes: readonly { field: string; before?: unknown; after?: unknown }[];
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : WHEN.format(date).replace(/, (\d)/, ' at $1');
}

/** Items of one side that the other side lacks: what was added or removed. */
function differing(field: string, value: unknown, other: unknown, names: Names): Set<string> {
  const mine = describeValue(field, value, names);
  const theirs = describeValue(field, other, names);
  if (mine.kind !== 'list') return new Set();
  const others = new Set(theirs.kind === 'list' ? theirs.items : []);
  return new Set(mine.items.filter((item) => !others.has(item)));
}

interface Props {
  events: readonly HistoryEvent[];
  names?: Names;
  /** What the record is, for the tables' captions: "the group" */
  what: string;
  /** The level of each event's heading (the section's is one above) */
  level?: 3 | 4;
}

/** Who changed what and when: each event with a table of field, before and after. */
export function HistoryView({ events, names = {}, what, level = 3 }: Props) {
  if (!events.length) return <p className="muted">No changes recorded yet.</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <ol className="history">
      {events.map((event) => {
        const action = ACTION_LABELS[event.action] ?? event.action;
        return (
          <li key={event.id} className="history__event">
            <Heading className="history__title">
              {action} <span className="history__when">on <time dateTime={event.at}>{formatWhen(event.at)}</time></span>
            </Heading>
            <p className="history__who">by {event.actorEmail}</p>
            {event.changes.length === 0 ? (
              <p className="muted">No field changed.</p>
            ) : (
              <div className="table-scroll">
                <table className="table history__changes">
                  <caption className="visually-hidden">
                    {action} {what} on {formatWhen(event.at)}: fields before and after
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.changes.map((change) => (
                      <tr key={change.field}>
                        <th scope="row">{fieldLabel(change.field)}</th>
                        <td>
                          <ShownValue field={change.field} value={change.before} names={names} marked={differing(change.field, change.before, change.after, names)} mark="removed" />
                        </td>
                        <td>
                          <ShownValue field={change.field} value={change.after} names={names} marked={differing(change.field, change.after, change.before, names)} mark="added" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
