import type { GroupKind } from '../gql/graphql';
import { KIND_LABELS } from '../lib/labels';

export function KindTag({ kind }: { kind: GroupKind }) {
  return <span className={`tag tag--${kind.toLowerCase().replaceAll('_', '-')}`}>{KIND_LABELS[kind]}</span>;
}
