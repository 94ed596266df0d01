import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneRow } from '../../graphql/batch.js';
import { Source } from './source.entity.js';

export function sourceLoaders(ds: DataSource) {
  return {
    source: new DataLoader<string, Source | null>(async (ids) =>
      oneRow(ids, await ds.getRepository(Source).findBy({ id: In([...ids]) }), (s) => s.id),
    ),
  };
}
