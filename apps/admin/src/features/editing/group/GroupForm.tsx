import type { FeePeriod } from '../../../gql/graphql';
import { CHARACTERISTIC_LABELS, ELIGIBILITY_LABELS, KIND_LABELS } from '../../../lib/labels';
import type { FieldErrors } from '../../../ui/form/field-errors';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../../ui/form/fields';
import { ListEditor } from '../ListEditor';
import { SocialHandlesEditor } from '../SocialHandlesEditor';
import { TextList } from '../TextList';
import type { GroupFormValues } from './values';

const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
const EVENT_OPTIONS = [
  { value: 'ESTABLISHED', label: 'Established' },
  { value: 'RECOGNISED', label: 'Formally recognised' },
  { value: 'REFORMED', label: 'Reformed' },
] as const;
const PERIOD_OPTIONS = [
  { value: 'MONTH', label: 'a month' },
  { value: 'YEAR', label: 'a year' },
];

interface Props {
  values: GroupFormValues;
  onChange(values: GroupFormValues): void;
  errors: FieldErrors;
  nationalBodies: readonly { id: string; name: string }[];
}

/** Every field of GroupInput, in the order a person reads a group's page. */
export function GroupForm({ values: v, onChange, errors, nationalBodies }: Props) {
  const set = <K extends keyof GroupFormValues>(key: K) => (value: GroupFormValues[K]) => onChange({ ...v, [key]: value });
  const bodyOptions = nationalBodies.map((b) => ({ value: b.id, label: b.name }));

  return (
    <>
      <section className="form-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About the group</h2>
        <TextField path="name" label="Name" value={v.name} onValue={set('name')} error={errors.name} autoComplete="off" />
        <SelectField path="kind" label="Kind" value={v.kind} onValue={(k) => set('kind')(k as GroupFormValues['kind'])} options={options(KIND_LABELS)} empty="Choose a kind" error={errors.kind} className="input--medium" />
        <TextArea path="description" label="Description" hint="What the group does, in a few sentences. At most 5000 characters." rows={5} value={v.description} onValue={set('description')} error={errors.description} />
        <TextList path="aims" legend="Aims" hint="In the group's own order: the first aim is listed first." itemName="aim" items={v.aims} onItems={set('aims')} errors={errors} ordered long max={30} />
        <TextList path="alsoKnownAs" legend="Other names" hint="Names the same group goes by at the same time, e.g. a short name." itemName="other name" items={v.alsoKnownAs} onItems={set('alsoKnownAs')} errors={errors} max={10} />
      </section>

      <section className="form-section" aria-labelledby="founding-heading">
        <h2 id="founding-heading">Founding and former names</h2>
        <div className="form__row">
          <TextField path="established" label="Year" hint="4 digits, e.g. 2005" inputMode="numeric" className="input--short-field" value={v.established} onValue={set('established')} error={errors.established} />
          <SelectField path="establishedEvent" label="What happened that year" value={v.establishedEvent} onValue={(e) => set('establishedEvent')(e as GroupFormValues['establishedEvent'])} options={EVENT_OPTIONS} empty="Not stated" error={errors.establishedEvent} />
        </div>
        <ListEditor
          path="formerNames"
          legend="Former names"
          hint="Oldest first, with the year the group stopped using each."
          itemName="former name"
          items={v.formerNames}
          onItems={set('formerNames')}
          blank={() => ({ name: '', until: '' })}
          ordered
          max={10}
          error={errors.formerNames}
          renderItem={(item, i, update) => (
            <div className="form__row">
              <TextField path={`formerNames.${i}.name`} label={`Former name ${i + 1}`} className="field--grow" value={item.name} onValue={(name) => update({ name })} error={errors[`formerNames.${i}.name`]} />
              <TextField path={`formerNames.${i}.until`} label="Used until (year)" inputMode="numeric" className="input--short-field" value={item.until} onValue={(until) => update({ until })} error={errors[`formerNames.${i}.until`]} />
            </div>
          )}
        />
      </section>

      <section className="form-section" aria-labelledby="serves-heading">
        <h2 id="serves-heading">Who it serves</h2>
        <CheckboxGroup path="characteristics" label="Protected characteristics" hint="The characteristics of the Equality Act 2010 the group serves. Choose all that apply." options={options(CHARACTERISTIC_LABELS)} value={v.characteristics} onValue={set('characteristics')} error={errors.characteristics} />
        <TextList path="topics" legend="Topics" hint="Beyond the protected characteristics, e.g. menopause, cancer, parenting." itemName="topic" items={v.topics} onItems={set('topics')} errors={errors} max={20} />
        <CheckboxGroup path="eligibility" label="Who may join" options={options(ELIGIBILITY_LABELS)} value={v.eligibility} onValue={set('eligibility')} error={errors.eligibility} />
        <TextArea path="eligibilityNote" label="More on who may join" hint="Optional, e.g. the Diversity Advocates programme for allies." rows={3} value={v.eligibilityNote} onValue={set('eligibilityNote')} error={errors.eligibilityNote} />
        <TextList path="ranks" legend="Ranks" hint="The ranks the group represents, lowest first, e.g. Constable, Sergeant, Inspector." itemName="rank" items={v.ranks} onItems={set('ranks')} errors={errors} ordered max={20} />
      </section>

      <section className="form-section" aria-labelledby="fees-heading">
        <h2 id="fees-heading">Membership fees</h2>
        <ListEditor
          path="fees"
          legend="Fees"
          hint="0 for free membership. Newest first, each with the date it applies from."
          itemName="fee"
          items={v.fees}
          onItems={set('fees')}
          blank={() => ({ amount: '', period: '' as FeePeriod | '', appliesFrom: '', note: '' })}
          ordered
          max={10}
          error={errors.fees}
          renderItem={(item, i, update) => (
            <div className="form__row">
              <TextField path={`fees.${i}.amountPence`} label={`Fee ${i + 1}, in pounds`} hint="e.g. 23.58" prefix="£" inputMode="decimal" className="input--short-field" value={item.amount} onValue={(amount) => update({ amount })} error={errors[`fees.${i}.amountPence`]} />
              <SelectField path={`fees.${i}.period`} label="Every" value={item.period} onValue={(p) => update({ period: p as FeePeriod | '' })} options={PERIOD_OPTIONS} empty="Not charged (free)" error={errors[`fees.${i}.period`]} />
              <TextField path={`fees.${i}.appliesFrom`} label="Applies from" type="date" value={item.appliesFrom} onValue={(appliesFrom) => update({ appliesFrom })} error={errors[`fees.${i}.appliesFrom`]} />
              <TextField path={`fees.${i}.note`} label="Note" className="field--grow" value={item.note} onValue={(note) => update({ note })} error={errors[`fees.${i}.note`]} />
            </div>
          )}
        />
      </section>

      <section className="form-section" aria-labelledby="links-heading">
        <h2 id="links-heading">Links and meetings</h2>
        <SelectField path="nationalBodyId" label="National body" hint="The national body the group belongs to: it links the group to its counterparts in other forces." value={v.nationalBodyId} onValue={set('nationalBodyId')} options={bodyOptions} empty="None" error={errors.nationalBodyId} />
        <ListEditor
          path="affiliations"
          legend="Works with"
          hint="Other national or regional bodies, and how the group relates to each."
          itemName="body"
          items={v.affiliations}
          onItems={set('affiliations')}
          blank={() => ({ nationalBodyId: '', relation: '' })}
          max={10}
          error={errors.affiliations}
          renderItem={(item, i, update) => (
            <div className="form__row">
              <TextField path={`affiliations.${i}.relation`} label={`How it relates to body ${i + 1}`} hint="e.g. meets regularly with" value={item.relation} onValue={(relation) => update({ relation })} error={errors[`affiliations.${i}.relation`]} />
              <SelectField path={`affiliations.${i}.nationalBodyId`} label={`Body ${i + 1}`} value={item.nationalBodyId} onValue={(nationalBodyId) => update({ nationalBodyId })} options={bodyOptions} empty="Choose a body" error={errors[`affiliations.${i}.nationalBodyId`]} />
            </div>
          )}
        />
        <TextArea path="meetingPattern" label="Meeting pattern" hint="How often and where the group meets." rows={2} value={v.meetingPattern} onValue={set('meetingPattern')} error={errors.meetingPattern} />
        <TextField path="website" label="Website" hint="The full address, starting https://" type="url" spellCheck={false} value={v.website} onValue={set('website')} error={errors.website} />
        <SocialHandlesEditor items={v.socialHandles} onItems={set('socialHandles')} errors={errors} />
      </section>
    </>
  );
}

