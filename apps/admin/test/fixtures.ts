// Small slices of the seeded registry, shaped as the API answers the portal's queries.
type Kind = 'STAFF_NETWORK' | 'STAFF_ASSOCIATION' | 'TRADE_UNION' | 'SUPPORT_GROUP' | 'PEER_SUPPORT';

export function compareGroup(id: string, name: string, kind: Kind, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Group' as const,
    id,
    name,
    kind,
    characteristics: [] as string[],
    topics: [] as string[],
    established: null as number | null,
    establishedEvent: null as string | null,
    eligibility: [] as string[],
    fees: [] as unknown[],
    nationalBody: null as unknown,
    ...extra,
  };
}

const cpa = { __typename: 'NationalBody', id: 'christian-police-association', name: 'Christian Police Association' };
const namp = { __typename: 'NationalBody', id: 'national-association-of-muslim-police', name: 'National Association of Muslim Police' };
const pfew = { __typename: 'NationalBody', id: 'police-federation-of-england-and-wales', name: 'Police Federation of England and Wales' };

export const leicestershireGroups = [
  compareGroup('leicestershire-black-police-association', 'Black Police Association', 'STAFF_ASSOCIATION', {
    characteristics: ['RACE'],
    established: 1994,
    establishedEvent: 'RECOGNISED',
  }),
  compareGroup('leicestershire-christian-police-association', 'Christian Police Association', 'STAFF_ASSOCIATION', {
    characteristics: ['RELIGION_OR_BELIEF'],
    nationalBody: cpa,
    eligibility: ['POLICE_OFFICERS', 'POLICE_STAFF'],
    fees: [{ __typename: 'MembershipFee', amountPence: 0, period: null, appliesFrom: null }],
  }),
  compareGroup('leicestershire-muslim-police-association', 'Muslim Police Association', 'STAFF_ASSOCIATION', {
    characteristics: ['RELIGION_OR_BELIEF'],
    nationalBody: namp,
  }),
  compareGroup('leicestershire-police-federation', 'Police Federation', 'STAFF_ASSOCIATION', { nationalBody: pfew }),
];

export const wiltshireGroups = [
  compareGroup('wiltshire-christian-police-association', 'Christian Police Association', 'STAFF_ASSOCIATION', {
    characteristics: ['RELIGION_OR_BELIEF'],
    nationalBody: cpa,
    established: 2012,
    establishedEvent: 'REFORMED',
  }),
  compareGroup('wiltshire-ethnic-police-association', 'Wiltshire Ethnic Police Association', 'STAFF_ASSOCIATION', {
    characteristics: ['RACE'],
    established: 1999,
    establishedEvent: 'ESTABLISHED',
  }),
  compareGroup('wiltshire-police-federation', 'Police Federation', 'STAFF_ASSOCIATION', {
    nationalBody: pfew,
    eligibility: ['POLICE_OFFICERS'],
    fees: [{ __typename: 'MembershipFee', amountPence: 2358, period: 'MONTH', appliesFrom: '2020-09-01' }],
  }),
  compareGroup('wiltshire-peer-support', 'Peer Support', 'PEER_SUPPORT', { established: 2020, establishedEvent: 'ESTABLISHED' }),
];

export const CHARACTERISTICS = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
];

export function region(id: string, name: string, forces: { id: string; name: string; groups?: { id: string; kind: Kind }[] }[]) {
  return {
    __typename: 'Region' as const,
    id,
    name,
    forces: forces.map((f) => ({ __typename: 'Force' as const, id: f.id, name: f.name, ...(f.groups ? { groups: f.groups.map((g) => ({ __typename: 'Group', ...g })) } : {}) })),
  };
}

export const pickerRegions = [
  region('east-midlands', 'East Midlands', [
    { id: 'derbyshire', name: 'Derbyshire Constabulary' },
    { id: 'leicestershire', name: 'Leicestershire Police' },
  ]),
  region('south-west', 'South West', [
    { id: 'dorset', name: 'Dorset Police' },
    { id: 'wiltshire', name: 'Wiltshire Police' },
  ]),
];

/** One coverage row from a force's groups, as the API derives it. */
export function coverageRow(forceId: string, groups: { id: string; name: string; characteristics: string[] }[], withGroups = false) {
  return {
    __typename: 'CoverageRow' as const,
    force: { __typename: 'Force' as const, id: forceId },
    cells: CHARACTERISTICS.map((characteristic) => {
      const serving = groups.filter((g) => g.characteristics.includes(characteristic));
      return {
        __typename: 'CoverageCell' as const,
        characteristic,
        covered: serving.length > 0,
        ...(withGroups ? { groups: serving.map((g) => ({ __typename: 'Group', id: g.id, name: g.name })) } : {}),
      };
    }),
  };
}
