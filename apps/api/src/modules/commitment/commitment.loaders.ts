import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows, oneRow } from '../../graphql/batch.js';
import { Commitment, CommitmentAction, CommitmentFigure } from './commitment.entity.js';

export function commitmentLoaders(ds: DataSource) {
  return {
    commitment: new DataLoader<string, Commitment | null>(async (ids) =>
      oneRow(ids, await ds.getRepository(Commitment).findBy({ id: In([...ids]) }), (c) => c.id),
    ),
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
    figuresByCommitment: new DataLoader<string, CommitmentFigure[]>(async (ids) =>
      groupRows(
        ids,
        await ds.getRepository(CommitmentFigure).find({ where: { commitmentId: In([...ids]) }, order: { periodStart: 'ASC' } }),
        (f) => f.commitmentId,
      ),
    ),
  };
}
