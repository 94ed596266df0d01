import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { CorporateMembership, ForceFacility, ForceScheme } from './force-detail.entity.js';
import { Force } from './force.entity.js';

export function forceLoaders(ds: DataSource) {
  const byForce = <T extends { forceId: string; position: number }>(entity: new () => T) =>
    new DataLoader<string, T[]>(async (ids) =>
      groupRows(
        ids,
        await ds.getRepository(entity).find({ where: { forceId: In([...ids]) } as never, order: { position: 'ASC' } as never }),
        (r) => r.forceId,
      ),
    );
  return {
    force: new DataLoader<string, Force | null>(async (ids) =>
      oneRow(ids, await ds.getRepository(Force).findBy({ id: In([...ids]) }), (f) => f.id),
    ),
    forcesByRegion: new DataLoader<string, Force[]>(async (ids) =>
      groupRows(ids, await ds.getRepository(Force).find({ where: { regionId: In([...ids]) }, order: { name: 'ASC' } }), (f) => f.regionId),
    ),
    membershipsByForce: byForce(CorporateMembership),
    schemesByForce: byForce(ForceScheme),
    facilitiesByForce: byForce(ForceFacility),
  };
}
