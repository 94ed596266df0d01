import type { GroupKind } from '../../gql/graphql';

/** Each kind has a colour and a pattern, so the chart reads without telling colours apart. */
export const KIND_STYLE: Record<GroupKind, { colour: string; pattern: 'solid' | 'stripes' | 'dots' | 'hatch' | 'lines' }> = {
  STAFF_NETWORK: { colour: '#1c4f8a', pattern: 'solid' },
  STAFF_ASSOCIATION: { colour: '#a34f00', pattern: 'stripes' },
  TRADE_UNION: { colour: '#5a3d8a', pattern: 'dots' },
  SUPPORT_GROUP: { colour: '#1f6e45', pattern: 'hatch' },
  PEER_SUPPORT: { colour: '#8a1c3d', pattern: 'lines' },
};

export function patternId(kind: GroupKind): string {
  return `kind-pattern-${kind.toLowerCase()}`;
}
