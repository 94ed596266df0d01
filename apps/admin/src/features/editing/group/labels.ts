import type { GroupField } from './values';

/** The words for each field, as its label says them; error messages start with these. */
export const GROUP_FIELD_LABELS: Record<GroupField, string> = {
  name: 'Name',
  kind: 'Kind',
  description: 'Description',
  aims: 'Aims',
  alsoKnownAs: 'Other names',
  established: 'Year',
  establishedEvent: 'What happened that year',
  characteristics: 'Protected characteristics',
  topics: 'Topics',
  eligibility: 'Who may join',
  eligibilityNote: 'More on who may join',
  ranks: 'Ranks',
  nationalBodyId: 'National body',
  meetingPattern: 'Meeting pattern',
  website: 'Website',
  socialHandles: 'Social media',
  formerNames: 'Former names',
  fees: 'Membership fees',
  affiliations: 'Works with',
};

/** One item of a list, e.g. aims.2 → "Aim 3" */
const ITEM: Partial<Record<GroupField, string>> = {
  aims: 'Aim',
  alsoKnownAs: 'Other name',
  topics: 'Topic',
  ranks: 'Rank',
  socialHandles: 'Social media account',
  formerNames: 'Former name',
  fees: 'Fee',
  affiliations: 'Body the group works with',
};

/** A part of a list item, e.g. fees.0.amountPence → "Fee 1 amount" */
const PART: Record<string, string> = {
  'socialHandles.platform': 'platform',
  'socialHandles.handle': 'handle',
  'formerNames.name': 'name',
  'formerNames.until': 'year it was last used',
  'fees.amountPence': 'amount',
  'fees.period': 'period',
  'fees.appliesFrom': 'date it applies from',
  'fees.note': 'note',
  'affiliations.nationalBodyId': 'body',
  'affiliations.relation': 'relation',
};

/**
 * The label for a field path the API or the client check names, or undefined
 * when the form has no control for it (e.g. `status`, `forceId`).
 */
export function groupFieldLabel(path: string): string | undefined {
  const [field, index, part] = path.split('.');
  const whole = GROUP_FIELD_LABELS[field as GroupField];
  if (!whole) return undefined;
  if (index === undefined) return whole;
  const item = ITEM[field as GroupField];
  if (!item || !/^\d+$/.test(index)) return undefined;
  const itemLabel = `${item} ${Number(index) + 1}`;
  if (part === undefined) return itemLabel;
  const partLabel = PART[`${field}.${part}`];
  return partLabel ? `${itemLabel} ${partLabel}` : undefined;
}
