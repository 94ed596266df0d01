import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneRow } from '../../graphql/batch.js';
import { Region } from './region.entity.js';

export function regionLoaders(ds: DataSource) {
  return {
    region: new DataLoader<string, Region | null>(async (ids) =>
      oneRow(ids, await ds.getRepository(Region).findBy({ id: In([...ids]) }), (r) => r.id),
    ),
  };
}
