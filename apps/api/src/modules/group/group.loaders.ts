import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { whereVisible, type ReadScope } from '../../auth/scope.js';
import { GroupStatus } from '../common/enums.js';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { Affiliation, FormerName, MembershipFee } from './group-detail.entity.js';
import { Group } from './group.entity.js';

/** Group loaders see only what the caller's scope lets them read. */
export function groupLoaders(ds: DataSource, scope: ReadScope) {
  const groups = ds.getRepository(Group);
  const visible = (statuses?: GroupStatus[]) => whereVisible(groups.createQueryBuilder('g').where('true'), 'g', scope, statuses);
  return {
    /** One group by id: archived ones too, for those who may see them. */
    group: new DataLoader<string, Group | null>(async (ids) =>
      oneRow(ids, await visible(Object.values(GroupStatus)).andWhere('g.id = ANY(:ids)', { ids: [...ids] }).getMany(), (g) => g.id),
    ),
    groupsByForce: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(
        ids,
        await visible().andWhere('g.force_id = ANY(:ids)', { ids: [...ids] }).orderBy('g.name', 'ASC').getMany(),
        (g) => g.forceId,
      ),
    ),
    groupsByNationalBody: new DataLoader<string, Group[]>(async (ids) =>
      groupRows(
        ids,
        await visible()
          .andWhere('g.national_body_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('g.force_id', 'ASC')
          .addOrderBy('g.name', 'ASC')
          .getMany(),
        (g) => g.nationalBodyId as string,
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
      const qb = groups.createQueryBuilder('c').innerJoin(
          Group,
          'g',
          `c.force_id <> g.force_id AND (
             (g.national_body_id IS NOT NULL AND c.national_body_id = g.national_body_id)
             OR g.characteristics && c.characteristics)`,
      );
      const { entities, raw } = await whereVisible(qb.where('g.id = ANY(:ids)', { ids: [...ids] }), 'c', scope)
        .addSelect('g.id', 'of_id')
        .orderBy('c.force_id', 'ASC')
        .addOrderBy('c.name', 'ASC')
        .getRawAndEntities<{ of_id: string; c_id: string }>();
      const byId = new Map(entities.map((e) => [e.id, e]));
      const pairs = raw.map((r) => ({ of: r.of_id, group: byId.get(r.c_id) as Group }));
      return groupRows(ids, pairs, (p) => p.of).map((list) => list.map((p) => p.group));
    }),
  };
}
