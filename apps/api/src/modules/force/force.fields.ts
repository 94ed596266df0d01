/**
 * What each field of `Force` that is not one of its columns reads of the force, by property
 * (the key and the region id always come): so that a read of forces fetches only the columns
 * its answer asks for (EntityRows.projection). A field missing here makes such a read fetch
 * every column: slower, never wrong. test/projection.test.ts checks that every field of the
 * schema's Force is either a column or listed here.
 */
export const FORCE_FIELD_NEEDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  region: ['regionId'],
  groups: [],
  memberships: [],
  schemes: [],
  facilities: [],
  commitments: [],
  sources: ['sourceIds'],
  history: [],
};
