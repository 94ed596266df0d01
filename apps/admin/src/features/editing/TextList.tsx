import type { FieldErrors } from '../../ui/form/field-errors';
import { TextArea, TextField } from '../../ui/form/fields';
import { ListEditor } from './ListEditor';
import type { Row } from './rows';

interface Props {
  path: string;
  legend: string;
  hint?: string;
  itemName: string;
  items: Row<{ text: string }>[];
  onItems(items: Row<{ text: string }>[]): void;
  errors: FieldErrors;
  ordered?: boolean;
  /** Long items (aims, objectives) get a text area */
  long?: boolean;
  max?: number;
}

/** A list of short texts: aims, topics, ranks, other names. */
export function TextList({ path, legend, hint, itemName, items, onItems, errors, ordered, long, max }: Props) {
  const Item = itemName.charAt(0).toUpperCase() + itemName.slice(1);
  return (
    <ListEditor
      path={path}
      legend={legend}
      hint={hint}
      itemName={itemName}
      items={items}
      onItems={onItems}
      blank={() => ({ text: '' })}
      ordered={ordered}
      error={errors[path]}
      max={max}
      renderItem={(item, i, update) =>
        long ? (
          <TextArea path={`${path}.${i}`} label={`${Item} ${i + 1}`} rows={2} value={item.text} onValue={(text) => update({ text })} error={errors[`${path}.${i}`]} />
        ) : (
          <TextField path={`${path}.${i}`} label={`${Item} ${i + 1}`} value={item.text} onValue={(text) => update({ text })} error={errors[`${path}.${i}`]} />
        )
      }
    />
  );
}
