import { ObjectType as TypeGraphQLObjectType, type ObjectTypeOptions } from 'type-graphql';

/**
 * type-graphql's `@ObjectType` with `simpleResolvers`: a plain field is read straight off its
 * object by graphql-js, instead of through a resolver type-graphql wraps around each one (run
 * for every field of every object in an answer: hundreds per catalogue). Field middlewares and
 * `@Authorized` on fields are therefore not used: authorisation lives in auth/access.ts and is
 * applied to the queries, never to single fields. `@FieldResolver`s are unaffected.
 */
export function ObjectType(options: ObjectTypeOptions = {}): ClassDecorator {
  return TypeGraphQLObjectType({ simpleResolvers: true, ...options });
}
