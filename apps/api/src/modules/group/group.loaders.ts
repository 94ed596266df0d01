import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { visibleSql, type ReadScope } from '../../auth/scope.js';
import { entityRows, positional, rowsPriming, type Priming } from '../../db/entity-rows.js';
import { GroupStatus } from '../common/enums.js';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { Affiliation, FormerName, MembershipFee } from './group-detail.entity.js';
import { Force } from '../force/force.entity.js';
import { NationalBody } from '../national-body/national-body.entity.js';
import { Group } from './group.entity.js';

/** The national bodies of groups, read alongside them to prime `loader`. */
export const nationalBodiesOf = (ds: DataSource, loader: DataLoader<string, NationalBody | null>) => ({
  rows: entityRows(ds, NationalBody, 'b'),
  key: 'national_body_id',
  loader,
});

/** The forces of groups, read alongside them to prime `loader` (where the force is not already known). */
export const forcesOf = (ds: DataSource, loader: DataLoader<string, Force | null>) => ({ rows: entityRows(ds, Force, 'f'), key: 'force_id', loader });

/** The condition making group `c` a counterpart of group `o`: another force's, with the same national body or a characteristic in common. */
export const counterpartOf = (c: string, o: string) =>
  `${c}.force_id <> ${o}.force_id
   AND ((${o}.national_body_id IS NOT NULL AND ${c}.national_body_id = ${o}.national_body_id) OR ${o}.characteristics && ${c}.characteristics)`;

/** The loaders groups' readers prime: national bodies, and forces. */
export interface GroupRelations {
  nationalBody: DataLoader<string, NationalBody | null>;
  force: DataLoader<string, Force | null>;
}

/**
 * Group loaders see only what the caller's scope lets them read. The national body of every
 * group read, and its force where that is not the key, come in the same statement and prime
 * their loaders.
 */
export function groupLoaders(ds: DataSource, scope: ReadScope, relations: GroupRelations) {
  const g = entityRows(ds, Group, 'g');
  const bodies = nationalBodiesOf(ds, relations.nationalBody);
  const withForces = [bodies, forcesOf(ds, relations.force)];
  /** Groups the scope may read (within `statuses`) that meet `where`, a condition on `g`. */
  const visible = async (where: (p: (value: unknown) => string) => string, order: string | null, related: Priming[], statuses?: GroupStatus[]) => {
    const { p, params } = positional();
    return (await rowsPriming(g, g.from(`${visibleSql('g', scope, statuses, p)} AND ${where(p)}`), order, params, related)).entities;
  };
  return {
    /** One group by id: archived ones too, for those who may see them. */
    group: new DataLoader<string, Group | null>(async (ids) =>
      oneRow(ids, await visible((p) => `g.id = ANY(${p([...ids])})`, null, withForces, Object.values(GroupStatus)), (row) => row.id),
    ),
    groupsByForce: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(ids, await visible((p) => `g.force_id = ANY(${p([...ids])})`, 'g.name', [bodies]), (row) => row.forceId),
    ),
    groupsByNationalBody: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(
        ids,
        await visible((p) => `g.national_body_id = ANY(${p([...ids])})`, 'g.force_id, g.name', withForces),
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
      const { rows, entities } = await rowsPriming(
        c,
        `SELECT ${c.columns}, o.id AS of_id
           FROM "group" c JOIN "group" o ON ${counterpartOf('c', 'o')}
          WHERE o.id = ANY(${p([...ids])}) AND ${visibleSql('c', scope, undefined, p)}`,
        'c.force_id, c.name',
        params,
        withForces,
      );
      const pairs = rows.map((row, i) => ({ of: row.of_id as string, group: entities[i] }));
      return groupRows(ids, pairs, (pair) => pair.of).map((list) => list.map((pair) => pair.group));
    }),
  };
}
