import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entityRows } from '../../db/entity-rows.js';
import { oneRow } from '../../graphql/batch.js';
import { Region } from './region.entity.js';

export function regionLoaders(ds: DataSource) {
  const r = entityRows(ds, Region, 'r');
  return {
    region: new DataLoader<string, Region | null>(async (ids) => oneRow(ids, await r.select('r.id = ANY($1)', null, [[...ids]]), (row) => row.id)),
  };
}
