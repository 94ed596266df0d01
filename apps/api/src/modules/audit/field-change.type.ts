import { GraphQLJSON } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type.js';

@ObjectType({ description: 'One field that differs between the before and after of an audit event' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

/** The fields whose values differ, in a stable order; bookkeeping fields left out. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => !IGNORED.has(k))
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .sort()
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}
