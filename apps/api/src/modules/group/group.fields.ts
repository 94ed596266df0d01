/**
 * What each field of `Group` that is not one of its columns reads of the group, by property
 * (the key and the force and national body ids always come): so that a large read fetches
 * only the columns its answer asks for (EntityRows.projection). A field missing here makes
 * such a read fetch every column: slower, never wrong. test/projection.test.ts checks that
 * every field of the schema's Group is either a column or listed here.
 */
export const GROUP_FIELD_NEEDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  force: ['forceId'],
  nationalBody: ['nationalBodyId'],
  formerNames: [],
  affiliations: [],
  fees: [],
  counterparts: [],
  sources: ['sourceIds'],
  history: ['forceId'],
};
