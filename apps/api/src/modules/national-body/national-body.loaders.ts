import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { oneRow } from '../../graphql/batch.js';
import { NationalBody } from './national-body.entity.js';

export function nationalBodyLoaders(ds: DataSource) {
  return {
    nationalBody: new DataLoader<string, NationalBody | null>(async (ids) =>
      oneRow(ids, await ds.getRepository(NationalBody).findBy({ id: In([...ids]) }), (b) => b.id),
    ),
  };
}
