import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entityRows } from '../../db/entity-rows.js';
import { oneRow } from '../../graphql/batch.js';
import { NationalBody } from './national-body.entity.js';

export function nationalBodyLoaders(ds: DataSource) {
  const b = entityRows(ds, NationalBody, 'b');
  return {
    nationalBody: new DataLoader<string, NationalBody | null>(async (ids) =>
      oneRow(ids, await b.select('b.id = ANY($1)', null, [[...ids]]), (row) => row.id),
    ),
  };
}
