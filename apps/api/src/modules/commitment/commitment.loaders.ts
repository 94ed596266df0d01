import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../../graphql/batch.js';
import { Commitment, CommitmentAction } from './commitment.entity.js';

export function commitmentLoaders(ds: DataSource) {
  return {
    commitmentsByForce: new DataLoader<string, Commitment[]>(async (ids) =>
      groupRows(ids, await ds.getRepository(Commitment).find({ where: { forceId: In([...ids]) }, order: { title: 'ASC' } }), (c) => c.forceId),
    ),
    actionsByCommitment: new DataLoader<string, CommitmentAction[]>(async (ids) =>
      groupRows(
        ids,
        await ds.getRepository(CommitmentAction).find({ where: { commitmentId: In([...ids]) }, order: { position: 'ASC' } }),
        (a) => a.commitmentId,
      ),
    ),
  };
}
