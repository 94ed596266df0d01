import { useQuery } from '@apollo/client/react';
import { Form } from 'react-router';
import { useTidyGetSubmit } from '../../app/useTidyGetSubmit';
import { ForcePickerQuery } from '../force-picker/ForcePicker';

/** Shows one region's forces (or all), as ?region=east-midlands, on the page `action` names. */
export function RegionForm({ selected, action = '/coverage' }: { selected: string; action?: string }) {
  const { data } = useQuery(ForcePickerQuery);
  const submit = useTidyGetSubmit();
  const fieldId = `${action.replace(/\W/g, '')}-region`;
  return (
    <Form method="get" action={action} onSubmit={submit} className="inline-form" key={`${selected}:${data ? "loaded" : "loading"}`}>
      <div className="field">
        <label htmlFor={fieldId}>Region</label>
        <select id={fieldId} name="region" defaultValue={selected}>
          <option value="">All forces</option>
          {data?.regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Show region
      </button>
    </Form>
  );
}
