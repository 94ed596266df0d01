import type {
  Eligibility,
  EstablishmentEvent,
  GroupKind,
  GroupOrder,
  PositiveActionArea,
  ProtectedCharacteristic,
  SocialPlatform,
} from '../gql/graphql';

/** The nine protected characteristics of the Equality Act 2010, in the Act's order. */
export const CHARACTERISTIC_LABELS: Record<ProtectedCharacteristic, string> = {
  AGE: 'Age',
  DISABILITY: 'Disability',
  GENDER_REASSIGNMENT: 'Gender reassignment',
  MARRIAGE_AND_CIVIL_PARTNERSHIP: 'Marriage and civil partnership',
  PREGNANCY_AND_MATERNITY: 'Pregnancy and maternity',
  RACE: 'Race',
  RELIGION_OR_BELIEF: 'Religion or belief',
  SEX: 'Sex',
  SEXUAL_ORIENTATION: 'Sexual orientation',
};
export const CHARACTERISTICS = Object.keys(CHARACTERISTIC_LABELS) as ProtectedCharacteristic[];

/** Kinds in the order the portal lists them: networks first, peer support last. */
export const KIND_LABELS: Record<GroupKind, string> = {
  STAFF_NETWORK: 'Staff network',
  STAFF_ASSOCIATION: 'Staff association',
  TRADE_UNION: 'Trade union',
  SUPPORT_GROUP: 'Support group',
  PEER_SUPPORT: 'Peer support',
};
export const KIND_PLURALS: Record<GroupKind, string> = {
  STAFF_NETWORK: 'Staff networks',
  STAFF_ASSOCIATION: 'Staff associations',
  TRADE_UNION: 'Trade unions',
  SUPPORT_GROUP: 'Support groups',
  PEER_SUPPORT: 'Peer support',
};
export const KINDS = Object.keys(KIND_LABELS) as GroupKind[];

export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  POLICE_OFFICERS: 'Police officers',
  POLICE_STAFF: 'Police staff',
  SPECIAL_CONSTABLES: 'Special constables',
  VOLUNTEERS: 'Volunteers',
  SPOUSES_OR_PARTNERS: 'Spouses or partners',
  RETIRED_STAFF: 'Retired staff',
  ASSOCIATE_MEMBERS: 'Associate members (allies)',
};

export const ESTABLISHMENT_LABELS: Record<EstablishmentEvent, string> = {
  ESTABLISHED: 'established',
  RECOGNISED: 'recognised',
  REFORMED: 'reformed',
};

export const PLATFORM_LABELS: Record<SocialPlatform, string> = {
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  LINKEDIN: 'LinkedIn',
  X: 'X',
  YOUTUBE: 'YouTube',
};

export const POSITIVE_ACTION_LABELS: Record<PositiveActionArea, string> = {
  RECRUITMENT: 'Recruitment',
  RETENTION: 'Retention',
  PROGRESSION: 'Progression',
  COMMUNITY_ENGAGEMENT: 'Community engagement',
};

export const ORDER_LABELS: Record<GroupOrder, string> = {
  NAME: 'Name',
  KIND: 'Kind',
  ESTABLISHED: 'Year established',
  FORCE: 'Force',
};

export function characteristicList(values: readonly ProtectedCharacteristic[]): string {
  return values.map((c) => CHARACTERISTIC_LABELS[c]).join(', ');
}

/** "Wiltshire Police" → "Wiltshire": for charts and narrow columns, never for headings. */
export function shortForceName(name: string): string {
  return name.replace(/\s+(Police Service|Police|Constabulary)$/i, '').replace(/^Police Service of /i, '') || name;
}
