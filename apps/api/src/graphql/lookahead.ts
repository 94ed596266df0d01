import { getNamedType, isAbstractType, isInterfaceType, isObjectType, Kind, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for its field `name` (directly, or in a fragment), so
 * that a reader can fetch it in the same statement. A field skipped by @skip/@include still
 * counts: reading it does no harm.
 */
export function asksFor(info: GraphQLResolveInfo, name: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) =>
      s.kind === Kind.FIELD ? s.name.value === name : s.kind === Kind.INLINE_FRAGMENT ? within(s.selectionSet) : within(info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/**
 * The fields an answer selects on objects of type `typeName` anywhere beneath the field being
 * resolved (through fragments, and through interfaces or unions it belongs to): what a reader
 * of those objects must fetch for this answer. A superset is harmless; @skip/@include count.
 */
export function fieldsOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const target = info.schema.getType(typeName);
  const found = new Set<string>();
  if (!isObjectType(target)) return found;
  const applies = (type: GraphQLNamedType) => type === target || (isAbstractType(type) && info.schema.isSubType(type, target));
  const visit = (type: GraphQLNamedType, set: SelectionSetNode | undefined): void => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (applies(type)) found.add(s.name.value);
        const field = s.selectionSet && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[s.name.value] : undefined;
        if (field) visit(getNamedType(field.type), s.selectionSet);
        continue;
      }
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
      if (!fragment) continue;
      const on = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : undefined;
      visit(on ?? type, fragment.selectionSet);
    }
  };
  const start = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(start, node.selectionSet);
  return found;
}
