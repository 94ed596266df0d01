import { useQuery } from '@apollo/client/react';
import { Form } from 'react-router';
import { useTidyGetSubmit } from '../../app/useTidyGetSubmit';
import { ForcePickerQuery } from '../force-picker/ForcePicker';

/** Shows one region's forces (or all), as ?region=east-midlands. */
export function RegionForm({ selected }: { selected: string }) {
  const { data } = useQuery(ForcePickerQuery);
  const submit = useTidyGetSubmit();
  return (
    <Form method="get" action="/coverage" onSubmit={submit} className="inline-form" key={`${selected}:${data ? "loaded" : "loading"}`}>
      <div className="field">
        <label htmlFor="coverage-region">Region</label>
        <select id="coverage-region" name="region" defaultValue={selected}>
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
