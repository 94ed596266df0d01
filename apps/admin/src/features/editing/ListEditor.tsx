import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from '../../ui/form/fields';
import { fieldId } from '../../ui/form/field-errors';
import { move, newKey, type Row } from './rows';

interface Props<T extends object> {
  /** The list's path, e.g. aims; item i is `${path}.${i}` */
  path: string;
  legend: string;
  hint?: ReactNode;
  /** One item in words, lower case: "aim", "fee" */
  itemName: string;
  items: Row<T>[];
  onItems(items: Row<T>[]): void;
  blank(): T;
  /** Show Move up / Move down: the order means something */
  ordered?: boolean;
  /** The error for the list as a whole */
  error?: string;
  max?: number;
  renderItem(item: Row<T>, index: number, update: (patch: Partial<T>) => void): ReactNode;
}

type Focus = { key: string; target: 'first' | 'up' | 'down' | 'add' };

/**
 * An editable list: add, remove and (when the order matters) move items, all by
 * keyboard. Focus stays with what the person was doing (the new item, the moved
 * item's button, the next item after a removal) and each change is announced.
 */
export function ListEditor<T extends object>({ path, legend, hint, itemName, items, onItems, blank, ordered, error, max, renderItem }: Props<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'add') addRef.current?.focus();
    else {
      const item = listRef.current?.querySelector<HTMLElement>(`[data-key="${focus.key}"]`);
      const selector = focus.target === 'first' ? 'input, select, textarea' : `[data-move="${focus.target}"]`;
      item?.querySelector<HTMLElement>(selector)?.focus();
    }
    setFocus(null);
  }, [focus]);

  const Item = itemName.charAt(0).toUpperCase() + itemName.slice(1);

  function add() {
    const key = newKey();
    onItems([...items, { ...blank(), key } as Row<T>]);
    setFocus({ key, target: 'first' });
    setSaid(`${Item} ${items.length + 1} added`);
  }

  function remove(index: number) {
    const next = items.filter((_, i) => i !== index);
    onItems(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocus(neighbour ? { key: neighbour.key, target: 'first' } : { key: '', target: 'add' });
    setSaid(`${Item} ${index + 1} removed`);
  }

  function shift(index: number, by: -1 | 1) {
    const to = index + by;
    const next = move(items, index, to);
    onItems(next);
    const atEdge = to === 0 || to === items.length - 1;
    const direction = by < 0 ? 'up' : 'down';
    const opposite = by < 0 ? 'down' : 'up';
    setFocus({ key: items[index].key, target: atEdge ? opposite : direction });
    setSaid(`${Item} moved to position ${to + 1} of ${items.length}`);
  }

  const update = (index: number) => (patch: Partial<T>) => onItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const full = max !== undefined && items.length >= max;

  return (
    <fieldset id={fieldId(path)} className={`field fieldset list-editor${error ? ' field--error' : ''}`} aria-describedby={describedBy(path, hint, error)}>
      <legend className="field__label">{legend}</legend>
      <FieldHint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      {items.length === 0 ? (
        <p className="muted list-editor__empty">None yet.</p>
      ) : (
        <ol className="list-editor__items" ref={listRef}>
          {items.map((item, index) => (
            <li key={item.key} data-key={item.key} className="list-editor__item">
              <div className="list-editor__fields">{renderItem(item, index, update(index))}</div>
              <div className="list-editor__buttons">
                {ordered && index > 0 && (
                  <button type="button" className="button button--secondary button--small" data-move="up" onClick={() => shift(index, -1)}>
                    Move up<span className="visually-hidden"> {itemName} {index + 1}</span>
                  </button>
                )}
                {ordered && index < items.length - 1 && (
                  <button type="button" className="button button--secondary button--small" data-move="down" onClick={() => shift(index, 1)}>
                    Move down<span className="visually-hidden"> {itemName} {index + 1}</span>
                  </button>
                )}
                <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                  Remove<span className="visually-hidden"> {itemName} {index + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="list-editor__add">
        <button type="button" ref={addRef} className="button button--secondary" onClick={add} disabled={full}>
          Add {/^[aeiou]/i.test(itemName) ? 'an' : 'a'} {itemName}
        </button>
        {full && <span className="muted small"> At most {max}.</span>}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </fieldset>
  );
}
