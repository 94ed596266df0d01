import type { Eligibility, EstablishmentEvent } from '../gql/graphql';
import { currentFee, formatEstablished, type FeeLike } from './format';
import { ELIGIBILITY_LABELS } from './labels';

/** The facts coordinators line up across forces, in words, "Not recorded" where the registry has nothing. */
export interface GroupFactsInput {
  established?: number | null;
  establishedEvent?: EstablishmentEvent | null;
  eligibility: readonly Eligibility[];
  fees: readonly FeeLike[];
}

export const NOT_RECORDED = 'Not recorded';

export function founded(group: GroupFactsInput): string {
  return formatEstablished(group.established, group.establishedEvent) ?? NOT_RECORDED;
}

export function whoMayJoin(group: GroupFactsInput): string {
  return group.eligibility.length ? group.eligibility.map((e) => ELIGIBILITY_LABELS[e]).join(', ') : NOT_RECORDED;
}

export function fee(group: GroupFactsInput): string {
  return currentFee(group.fees);
}
