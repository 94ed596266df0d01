import type { GroupKind } from '../../gql/graphql';
import { KINDS } from '../../lib/labels';
import { KIND_STYLE, patternId } from './kind-style';

/** SVG patterns for the kinds, defined once per chart and referenced as fill="url(#…)". */
export function KindPatterns() {
  return (
    <defs>
      {KINDS.map((kind) => (
        <KindPattern key={kind} kind={kind} />
      ))}
    </defs>
  );
}

function KindPattern({ kind }: { kind: GroupKind }) {
  return <FillPattern id={patternId(kind)} {...KIND_STYLE[kind]} />;
}

export type FillPatternName = 'solid' | 'stripes' | 'dots' | 'hatch' | 'lines';

/** One SVG fill: a colour and a pattern, so marks read without telling colours apart. */
export function FillPattern({ id, colour, pattern }: { id: string; colour: string; pattern: FillPatternName }) {
  switch (pattern) {
    case 'solid':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={colour} />
        </pattern>
      );
    case 'stripes':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#fff" />
          <rect width="4.5" height="8" fill={colour} />
        </pattern>
      );
    case 'dots':
      return (
        <pattern id={id} width="7" height="7" patternUnits="userSpaceOnUse">
          <rect width="7" height="7" fill="#fff" />
          <circle cx="3.5" cy="3.5" r="2.4" fill={colour} />
        </pattern>
      );
    case 'hatch':
      return (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#fff" />
          <path d="M0 4h8M4 0v8" stroke={colour} strokeWidth="2.5" />
        </pattern>
      );
    case 'lines':
      return (
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#fff" />
          <rect width="6" height="3.5" fill={colour} />
        </pattern>
      );
  }
}
