import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { visibleSql, type ReadScope } from '../../auth/scope.js';
import { entityRows, positional, rowsPriming } from '../../db/entity-rows.js';
import { GroupStatus } from '../common/enums.js';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { Affiliation, FormerName, MembershipFee } from './group-detail.entity.js';
import { NationalBody } from '../national-body/national-body.entity.js';
import { Group } from './group.entity.js';

/** The national bodies of groups, read alongside them to prime `loader`. */
export const nationalBodiesOf = (ds: DataSource, loader: DataLoader<string, NationalBody | null>) => ({
  rows: entityRows(ds, NationalBody, 'b'),
  key: 'national_body_id',
  loader,
});

/**
 * Group loaders see only what the caller's scope lets them read. `nationalBody` is primed with
 * the national body of every group read (in the same statement).
 */
export function groupLoaders(ds: DataSource, scope: ReadScope, nationalBody: DataLoader<string, NationalBody | null>) {
  const g = entityRows(ds, Group, 'g');
  const bodies = nationalBodiesOf(ds, nationalBody);
  /** Groups the scope may read (within `statuses`) that meet `where`, a condition on `g`. */
  const visible = async (where: (p: (value: unknown) => string) => string, order: string | null, statuses?: GroupStatus[]) => {
    const { p, params } = positional();
    return (await rowsPriming<Group, NationalBody>(g, g.from(`${visibleSql('g', scope, statuses, p)} AND ${where(p)}`), order, params, bodies)).entities;
  };
  return {
    /** One group by id: archived ones too, for those who may see them. */
    group: new DataLoader<string, Group | null>(async (ids) =>
      oneRow(ids, await visible((p) => `g.id = ANY(${p([...ids])})`, null, Object.values(GroupStatus)), (row) => row.id),
    ),
    groupsByForce: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(ids, await visible((p) => `g.force_id = ANY(${p([...ids])})`, 'g.name'), (row) => row.forceId),
    ),
    groupsByNationalBody: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(
        ids,
        await visible((p) => `g.national_body_id = ANY(${p([...ids])})`, 'g.force_id, g.name'),
        (row) => row.nationalBodyId as string,
      ),
    ),
    formerNames: new DataLoader<string, FormerName[]>(async (ids) =>
      groupRows(ids, await ds.getRepository(FormerName).find({ where: { groupId: In([...ids]) }, order: { position: 'ASC' } }), (n) => n.groupId),
    ),
    fees: new DataLoader<string, MembershipFee[]>(async (ids) =>
      groupRows(
        ids,
        await ds.getRepository(MembershipFee).find({ where: { groupId: In([...ids]) }, order: { appliesFrom: 'DESC', id: 'ASC' } }),
        (f) => f.groupId,
      ),
    ),
    affiliations: new DataLoader<string, Affiliation[]>(async (ids) =>
      groupRows(ids, await ds.getRepository(Affiliation).findBy({ groupId: In([...ids]) }), (a) => a.groupId),
    ),
    /**
     * Groups of other forces with the same national body, or serving a characteristic in
     * common: one statement for every group asked about.
     */
    counterparts: new DataLoader<string, Group[]>(async (ids) => {
      const c = entityRows(ds, Group, 'c');
      const { p, params } = positional();
      const { rows, entities } = await rowsPriming<Group, NationalBody>(
        c,
        `SELECT ${c.columns}, o.id AS of_id
           FROM "group" c
           JOIN "group" o ON c.force_id <> o.force_id
                         AND ((o.national_body_id IS NOT NULL AND c.national_body_id = o.national_body_id)
                              OR o.characteristics && c.characteristics)
          WHERE o.id = ANY(${p([...ids])}) AND ${visibleSql('c', scope, undefined, p)}`,
        'c.force_id, c.name',
        params,
        bodies,
      );
      const pairs = rows.map((row, i) => ({ of: row.of_id as string, group: entities[i] }));
      return groupRows(ids, pairs, (pair) => pair.of).map((list) => list.map((pair) => pair.group));
    }),
  };
}
