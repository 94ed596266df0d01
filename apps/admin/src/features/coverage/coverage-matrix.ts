import type { ProtectedCharacteristic } from '../../gql/graphql';
import type { CsvCell } from '../../lib/csv';
import { CHARACTERISTIC_LABELS } from '../../lib/labels';

/** The shape of the API's Coverage the portal reads; the generated fragment type fits it. */
export interface MatrixGroup {
  id: string;
  name: string;
}
export interface MatrixCell {
  characteristic: ProtectedCharacteristic;
  covered: boolean;
  groups: readonly MatrixGroup[];
}
export interface MatrixRow {
  force: { id: string; name: string; region?: { id: string; name: string } | null };
  cells: readonly MatrixCell[];
}
export interface Matrix {
  characteristics: readonly ProtectedCharacteristic[];
  rows: readonly MatrixRow[];
}

/** A cell in words: the status a reader gets, whatever colour the cell is. */
export function cellText(cell: MatrixCell): string {
  return cell.covered ? `Covered by ${cell.groups.map((g) => g.name).join(', ')}` : 'No group';
}

/** 0 for a gap, then 1, 2 and 3 for three or more groups: the heatmap's shade. */
export function heatLevel(cell: MatrixCell): 0 | 1 | 2 | 3 {
  if (!cell.covered) return 0;
  return Math.min(3, Math.max(1, cell.groups.length)) as 1 | 2 | 3;
}

/** The cell of a row for a column, by characteristic rather than trusting positions. */
export function cellFor(row: MatrixRow, characteristic: ProtectedCharacteristic): MatrixCell {
  return row.cells.find((c) => c.characteristic === characteristic) ?? { characteristic, covered: false, groups: [] };
}

export interface ForceCoverage {
  forceId: string;
  name: string;
  covered: number;
  gaps: ProtectedCharacteristic[];
}

export interface CoverageSummary {
  forces: number;
  /** Per column: how many of the forces shown cover it */
  covering: { characteristic: ProtectedCharacteristic; forces: number }[];
  /** Characteristics no force shown covers: the region's gaps */
  uncovered: ProtectedCharacteristic[];
  perForce: ForceCoverage[];
  /** Forces whose groups cover no characteristic at all */
  coveringNothing: string[];
}

export function summariseCoverage(matrix: Matrix): CoverageSummary {
  const perForce = matrix.rows.map((row) => {
    const gaps = matrix.characteristics.filter((c) => !cellFor(row, c).covered);
    return { forceId: row.force.id, name: row.force.name, covered: matrix.characteristics.length - gaps.length, gaps };
  });
  const covering = matrix.characteristics.map((characteristic) => ({
    characteristic,
    forces: matrix.rows.filter((row) => cellFor(row, characteristic).covered).length,
  }));
  return {
    forces: matrix.rows.length,
    covering,
    uncovered: covering.filter((c) => c.forces === 0).map((c) => c.characteristic),
    perForce,
    coveringNothing: perForce.filter((f) => f.covered === 0).map((f) => f.name),
  };
}

/** The matrix as the table shows it, one force a row, status in words. */
export function coverageCsv(matrix: Matrix): CsvCell[][] {
  const header = ['Force', 'Region', ...matrix.characteristics.map((c) => CHARACTERISTIC_LABELS[c]), 'Characteristics covered'];
  const rows = matrix.rows.map((row) => {
    const cells = matrix.characteristics.map((c) => cellFor(row, c));
    const covered = cells.filter((c) => c.covered).length;
    return [row.force.name, row.force.region?.name ?? '', ...cells.map(cellText), `${covered} of ${matrix.characteristics.length}`];
  });
  return [header, ...rows];
}
