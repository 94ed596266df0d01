import { CHARACTERISTIC_LABELS, shortForceName } from '../../lib/labels';
import { cellFor, heatLevel, summariseCoverage, type Matrix } from './coverage-matrix';

const CELL = 24;
const LABEL_WIDTH = 128;
const HEADER_HEIGHT = 172;
const MAX_LABEL = 20;
const LEVELS = [
  { fill: '#fbe3e0', text: '#7a1010', label: 'No group', mark: '✕' },
  { fill: '#c6dbef', text: '#0b2545', label: '1 group', mark: '1' },
  { fill: '#6baed6', text: '#0b2545', label: '2 groups', mark: '2' },
  { fill: '#1c4f8a', text: '#ffffff', label: '3 or more', mark: '3+' },
];

/**
 * A glanceable picture of the table beside it: darker means more groups. Each
 * square also carries a mark (✕, 1, 2, 3+), so colour is never the only cue;
 * the table is the full text alternative and the summary below names the gaps.
 */
export function CoverageHeatmap({ matrix }: { matrix: Matrix }) {
  const summary = summariseCoverage(matrix);
  const width = LABEL_WIDTH + matrix.characteristics.length * CELL + 4;
  const height = HEADER_HEIGHT + matrix.rows.length * CELL + 4;
  const gaps = summary.uncovered.map((c) => CHARACTERISTIC_LABELS[c]).join('; ');
  const description =
    `Heatmap of ${summary.forces} forces by ${matrix.characteristics.length} protected characteristics. ` +
    (gaps ? `No force shown covers: ${gaps}. ` : 'Every characteristic is covered by at least one force shown. ') +
    summary.perForce.map((f) => `${f.name} covers ${f.covered} of ${matrix.characteristics.length}`).join('; ') +
    '.';

  return (
    <figure className="heatmap">
      <figcaption className="heatmap__caption">At a glance</figcaption>
      <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="heatmap__svg">
        {matrix.characteristics.map((c, x) => (
          <text
            key={c}
            transform={`translate(${LABEL_WIDTH + x * CELL + CELL / 2 + 3}, ${HEADER_HEIGHT - 6}) rotate(-90)`}
            className="heatmap__col-label"
          >
            {CHARACTERISTIC_LABELS[c]}
          </text>
        ))}
        {matrix.rows.map((row, y) => (
          <g key={row.force.id} transform={`translate(0, ${HEADER_HEIGHT + y * CELL})`}>
            <text x={LABEL_WIDTH - 8} y={CELL / 2 + 4} textAnchor="end" className="heatmap__row-label">
              {clip(shortForceName(row.force.name))}
            </text>
            {matrix.characteristics.map((c, x) => {
              const level = LEVELS[heatLevel(cellFor(row, c))];
              return (
                <g key={c} transform={`translate(${LABEL_WIDTH + x * CELL}, 0)`}>
                  <rect width={CELL - 2} height={CELL - 2} rx={3} fill={level.fill} />
                  <text x={(CELL - 2) / 2} y={CELL / 2 + 3} textAnchor="middle" fill={level.text} className="heatmap__mark">
                    {level.mark}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <ul className="heatmap__legend" aria-label="Key">
        {LEVELS.map((level) => (
          <li key={level.label}>
            <span className="heatmap__swatch" style={{ background: level.fill, color: level.text }} aria-hidden="true">
              {level.mark}
            </span>
            {level.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function clip(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;
}
