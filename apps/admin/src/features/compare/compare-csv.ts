import type { CsvCell } from '../../lib/csv';
import { fee, founded, whoMayJoin, type GroupFactsInput } from '../../lib/group-facts';
import type { AlignableGroup, AlignedRow } from './align';
import { describeBasis } from './align-summary';

export type CsvGroup = AlignableGroup & GroupFactsInput;

export const NO_COUNTERPART = 'No counterpart';

/** The comparison as on screen: one row per aligned row, four columns per force. */
export function compareCsv(forces: readonly { name: string }[], rows: readonly AlignedRow<CsvGroup>[]): CsvCell[][] {
  const header = ['Counterpart', 'Matched by', ...forces.flatMap((f) => [f.name, `${f.name}: founded`, `${f.name}: who may join`, `${f.name}: fee`])];
  const body = rows.map((row) => [
    row.label,
    describeBasis(row),
    ...row.cells.flatMap((groups) =>
      groups.length
        ? [groups.map((g) => g.name).join('; '), groups.map(founded).join('; '), groups.map(whoMayJoin).join('; '), groups.map(fee).join('; ')]
        : [NO_COUNTERPART, '', '', ''],
    ),
  ]);
  return [header, ...body];
}
