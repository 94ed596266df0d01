import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { entityRows } from '../../db/entity-rows.js';
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
  const f = entityRows(ds, Force, 'f');
  return {
    force: new DataLoader<string, Force | null>(async (ids) => oneRow(ids, await f.select('f.id = ANY($1)', null, [[...ids]]), (row) => row.id)),
    forcesByRegion: new DataLoader<string, Force[]>(async (ids) =>
      groupRows(ids, await f.select('f.region_id = ANY($1)', 'f.name', [[...ids]]), (row) => row.regionId),
    ),
    membershipsByForce: byForce(CorporateMembership),
    schemesByForce: byForce(ForceScheme),
    facilitiesByForce: byForce(ForceFacility),
  };
}
