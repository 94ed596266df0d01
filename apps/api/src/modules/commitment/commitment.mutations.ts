import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertCanWriteForce } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { figureProblems, type CommitmentFigureInput } from './commitment-figure.input.js';
import { Commitment, CommitmentFigure } from './commitment.entity.js';

function check(input: CommitmentFigureInput) {
  const problem = figureProblems(input);
  if (problem) throw badInput(problem.field, problem.reason);
}

/**
 * Locks the commitment (so two recordings cannot both pass the overlap check), checks the
 * caller may write its force, then the input, then that the period overlaps no other.
 */
async function lockAndCheck(ctx: Context, m: EntityManager, commitmentId: string, input: CommitmentFigureInput, exceptId?: string) {
  const commitment = await m.findOne(Commitment, { where: { id: commitmentId }, lock: { mode: 'pessimistic_write' } });
  if (!commitment) throw notFound('Commitment', commitmentId);
  const actor = assertCanWriteForce(ctx.viewer, commitment.forceId);
  check(input);
  const overlapping = await m
    .createQueryBuilder(CommitmentFigure, 'f')
    .where('f.commitment_id = :commitmentId', { commitmentId })
    .andWhere('f.period_start <= :end AND f.period_end >= :start', { start: input.periodStart, end: input.periodEnd })
    .andWhere(exceptId ? 'f.id <> :exceptId' : 'true', { exceptId })
    .getOne();
  if (overlapping) {
    throw badInput('periodStart', `overlaps the period ${overlapping.periodStart} to ${overlapping.periodEnd} already recorded`);
  }
  return { commitment, actor };
}

/** Records a period's figures for a commitment of the caller's own force. */
export async function recordFigure(ctx: Context, commitmentId: string, input: CommitmentFigureInput): Promise<CommitmentFigure> {
  return ctx.dataSource.transaction(async (m) => {
    const { commitment, actor } = await lockAndCheck(ctx, m, commitmentId, input);
    const figure = m.create(CommitmentFigure, {
      id: randomUUID(),
      commitmentId,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      total: input.total,
      part: input.part,
      source: input.source?.trim() || null,
    });
    await m.insert(CommitmentFigure, figure);
    const saved = await m.findOneByOrFail(CommitmentFigure, { id: figure.id });
    await recordAudit(m, actor, ctx.requestId, {
      action: 'CREATE',
      entityType: 'CommitmentFigure',
      entityId: saved.id,
      forceId: commitment.forceId,
      before: null,
      after: snapshot(saved),
    });
    return saved;
  });
}

/** Corrects recorded figures; the version guards against a lost update and history keeps the old values. */
export async function correctFigure(ctx: Context, id: string, version: number, input: CommitmentFigureInput): Promise<CommitmentFigure> {
  return ctx.dataSource.transaction(async (m) => {
    const current = await m.findOneBy(CommitmentFigure, { id });
    if (!current) throw notFound('CommitmentFigure', id);
    const { commitment, actor } = await lockAndCheck(ctx, m, current.commitmentId, input, id);
    const result = await m
      .createQueryBuilder()
      .update(CommitmentFigure)
      .set({
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        total: input.total,
        part: input.part,
        source: input.source?.trim() || null,
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) {
      const now = await m.findOneByOrFail(CommitmentFigure, { id });
      throw conflict('CommitmentFigure', id, now.version);
    }
    const saved = await m.findOneByOrFail(CommitmentFigure, { id });
    await recordAudit(m, actor, ctx.requestId, {
      action: 'UPDATE',
      entityType: 'CommitmentFigure',
      entityId: id,
      forceId: commitment.forceId,
      before: snapshot(current),
      after: snapshot(saved),
    });
    return saved;
  });
}
