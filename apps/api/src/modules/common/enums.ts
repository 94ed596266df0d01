import { registerEnumType } from 'type-graphql';

export enum GroupKind {
  STAFF_NETWORK = 'STAFF_NETWORK',
  STAFF_ASSOCIATION = 'STAFF_ASSOCIATION',
  TRADE_UNION = 'TRADE_UNION',
  SUPPORT_GROUP = 'SUPPORT_GROUP',
  PEER_SUPPORT = 'PEER_SUPPORT',
}

/** The nine protected characteristics of the Equality Act 2010. */
export enum ProtectedCharacteristic {
  AGE = 'AGE',
  DISABILITY = 'DISABILITY',
  GENDER_REASSIGNMENT = 'GENDER_REASSIGNMENT',
  MARRIAGE_AND_CIVIL_PARTNERSHIP = 'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  PREGNANCY_AND_MATERNITY = 'PREGNANCY_AND_MATERNITY',
  RACE = 'RACE',
  RELIGION_OR_BELIEF = 'RELIGION_OR_BELIEF',
  SEX = 'SEX',
  SEXUAL_ORIENTATION = 'SEXUAL_ORIENTATION',
}

export enum GroupStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** Who may join a group. */
export enum Eligibility {
  POLICE_OFFICERS = 'POLICE_OFFICERS',
  POLICE_STAFF = 'POLICE_STAFF',
  SPECIAL_CONSTABLES = 'SPECIAL_CONSTABLES',
  VOLUNTEERS = 'VOLUNTEERS',
  SPOUSES_OR_PARTNERS = 'SPOUSES_OR_PARTNERS',
  RETIRED_STAFF = 'RETIRED_STAFF',
  ASSOCIATE_MEMBERS = 'ASSOCIATE_MEMBERS',
}

/** What the year a group carries records. */
export enum EstablishmentEvent {
  ESTABLISHED = 'ESTABLISHED',
  RECOGNISED = 'RECOGNISED',
  REFORMED = 'REFORMED',
}

export enum FeePeriod {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export enum PositiveActionArea {
  RECRUITMENT = 'RECRUITMENT',
  RETENTION = 'RETENTION',
  PROGRESSION = 'PROGRESSION',
  COMMUNITY_ENGAGEMENT = 'COMMUNITY_ENGAGEMENT',
}

export enum SocialPlatform {
  X = 'X',
  FACEBOOK = 'FACEBOOK',
  INSTAGRAM = 'INSTAGRAM',
  LINKEDIN = 'LINKEDIN',
  YOUTUBE = 'YOUTUBE',
}

registerEnumType(GroupKind, { name: 'GroupKind', description: 'What sort of body a group is' });
registerEnumType(ProtectedCharacteristic, {
  name: 'ProtectedCharacteristic',
  description: 'The nine protected characteristics of the Equality Act 2010',
});
registerEnumType(GroupStatus, {
  name: 'GroupStatus',
  description: 'Only PUBLISHED groups are visible to partners and anonymous readers',
});
registerEnumType(Eligibility, { name: 'Eligibility', description: 'Who may join a group' });
registerEnumType(EstablishmentEvent, {
  name: 'EstablishmentEvent',
  description: 'Whether the year a group carries is when it was established, formally recognised or reformed',
});
registerEnumType(FeePeriod, { name: 'FeePeriod' });
registerEnumType(PositiveActionArea, {
  name: 'PositiveActionArea',
  description: 'The aspects of positive action a force focuses on',
});
registerEnumType(SocialPlatform, { name: 'SocialPlatform' });

/** SQL CHECK fragment: `column` holds only values of `e` (for text and text[] columns). */
export function checkIn(column: string, e: Record<string, string>, array = false): string {
  const values = Object.values(e).map((v) => `'${v}'`).join(', ');
  return array ? `"${column}" <@ ARRAY[${values}]::text[]` : `"${column}" IN (${values})`;
}
