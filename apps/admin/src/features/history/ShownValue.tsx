import { describeValue, NONE, type Names } from './describe-value';

interface Props {
  field: string;
  value: unknown;
  names?: Names;
  /** List items to mark as added or removed (present here, absent on the other side) */
  marked?: ReadonlySet<string>;
  mark?: 'added' | 'removed';
}

/** A before or after value: a list when it is one, "(none)" when empty; added and removed items say so. */
export function ShownValue({ field, value, names, marked, mark }: Props) {
  const shown = describeValue(field, value, names);
  if (shown.kind === 'none') return <span className="muted">{NONE}</span>;
  if (shown.kind === 'text') return <span className="value-text">{shown.text}</span>;
  return (
    <ul className="value-list">
      {shown.items.map((item, i) =>
        mark && marked?.has(item) ? (
          <li key={i} className={`value-list__${mark}`}>
            {mark === 'added' ? <ins>{item}</ins> : <del>{item}</del>}
            <span className="value-list__tag"> ({mark})</span>
          </li>
        ) : (
          <li key={i}>{item}</li>
        ),
      )}
    </ul>
  );
}
