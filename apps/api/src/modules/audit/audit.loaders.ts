import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupRows } from '../../graphql/batch.js';
import { AuditEvent } from './audit-event.entity.js';

export const HISTORY_LIMIT = 50;

/** The latest events of many records at once, keyed "<entityType>:<entityId>". */
export function auditLoaders(ds: DataSource) {
  return {
    history: new DataLoader<string, AuditEvent[]>(async (keys) => {
      const pairs = keys.map((k) => {
        const i = k.indexOf(':');
        return [k.slice(0, i), k.slice(i + 1)];
      });
      const ranked = ds
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .select('e.id', 'id')
        .addSelect('row_number() OVER (PARTITION BY e.entity_type, e.entity_id ORDER BY e.id DESC)', 'n')
        .where('(e.entity_type, e.entity_id) IN (SELECT * FROM unnest(:types::text[], :ids::text[]))', {
          types: pairs.map((p) => p[0]),
          ids: pairs.map((p) => p[1]),
        });
      const events = await ds
        .getRepository(AuditEvent)
        .createQueryBuilder('a')
        .where(`a.id IN (SELECT r.id FROM (${ranked.getQuery()}) r WHERE r.n <= :limit)`)
        .setParameters({ ...ranked.getParameters(), limit: HISTORY_LIMIT })
        .orderBy('a.id', 'DESC')
        .getMany();
      return groupRows(keys, events, (e) => `${e.entityType}:${e.entityId}`);
    }),
  };
}
