import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Form } from 'react-router';
import { graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import './picker.css';

export const ForcePickerQuery = graphql(`
  query ForcePicker {
    regions {
      id
      name
      forces {
        id
        name
      }
    }
  }
`);

interface Props {
  /** The page the form opens, e.g. /compare */
  action: string;
  selected: readonly string[];
  legend: string;
  submitLabel: string;
  /** Extra fields the page keeps, e.g. diff=1 */
  keep?: Record<string, string>;
  /** Open the list even when forces are chosen already */
  open?: boolean;
}

/**
 * Ticks forces, region by region, and submits them as ?forces=a&forces=b: a
 * plain GET form, so the choice lands in the URL, in history, and in links.
 */
export function ForcePicker({ action, selected, legend, submitLabel, keep = {}, open }: Props) {
  const result = useQuery(ForcePickerQuery);
  const idPrefix = useId();
  const chosen = new Set(selected);
  return (
    <details className="picker" open={open ?? selected.length === 0}>
      <summary>
        {legend}
        {selected.length > 0 && <span className="picker__count"> ({selected.length} chosen)</span>}
      </summary>
      <QueryState {...result} onRetry={() => result.refetch()} what="the list of forces">
        {(data) => (
          <Form method="get" action={action} className="picker__form" key={selected.join(',')}>
            {Object.entries(keep).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div className="picker__regions">
              {data.regions.map((region) => (
                <fieldset key={region.id} className="picker__region">
                  <legend>{region.name}</legend>
                  {region.forces.map((force) => (
                    <div className="checkbox" key={force.id}>
                      <input type="checkbox" id={`${idPrefix}-${force.id}`} name="forces" value={force.id} defaultChecked={chosen.has(force.id)} />
                      <label htmlFor={`${idPrefix}-${force.id}`}>{force.name}</label>
                    </div>
                  ))}
                </fieldset>
              ))}
            </div>
            <button type="submit" className="button">
              {submitLabel}
            </button>
          </Form>
        )}
      </QueryState>
    </details>
  );
}
