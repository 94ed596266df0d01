import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { entityRows, rowsPriming, type Projection } from '../../db/entity-rows.js';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { CorporateMembership, ForceFacility, ForceScheme } from './force-detail.entity.js';
import { Region } from '../region/region.entity.js';
import { Force } from './force.entity.js';

/** The regions of forces (alias `f`), read alongside them to prime `loader`. */
export const regionsOf = (ds: DataSource, loader: DataLoader<string, Region | null>) => ({ rows: entityRows(ds, Region, 'r'), key: 'region_id', loader });

/** Reads forces (alias `f`; every column, or a projection's) with their regions, priming `region`: one statement for both. */
export function forcesPriming(ds: DataSource, region: DataLoader<string, Region | null>) {
  const f = entityRows(ds, Force, 'f');
  const related = regionsOf(ds, region);
  return async (where: string | null, order: string | null, params: unknown[], projection?: Projection | null) =>
    (await rowsPriming(f, f.from(where, projection), order, params, [related])).entities;
}

/** `region` is primed with the region of every force read. */
export function forceLoaders(ds: DataSource, region: DataLoader<string, Region | null>) {
  const byForce = <T extends { forceId: string; position: number }>(entity: new () => T) =>
    new DataLoader<string, T[]>(async (ids) =>
      groupRows(
        ids,
        await ds.getRepository(entity).find({ where: { forceId: In([...ids]) } as never, order: { position: 'ASC' } as never }),
        (r) => r.forceId,
      ),
    );
  const read = forcesPriming(ds, region);
  return {
    force: new DataLoader<string, Force | null>(async (ids) => oneRow(ids, await read('f.id = ANY($1)', null, [[...ids]]), (row) => row.id)),
    forcesByRegion: new DataLoader<string, Force[]>(async (ids) =>
      groupRows(ids, await read('f.region_id = ANY($1)', 'f.name', [[...ids]]), (row) => row.regionId),
    ),
    membershipsByForce: byForce(CorporateMembership),
    schemesByForce: byForce(ForceScheme),
    facilitiesByForce: byForce(ForceFacility),
  };
}
