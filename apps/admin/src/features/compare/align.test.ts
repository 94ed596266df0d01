import { describe, expect, it } from 'vitest';
import { alignCounterparts, type AlignableForce, type AlignableGroup } from './align';
import { describeBasis, differences, onlyIn } from './align-summary';

function group(id: string, partial: Partial<AlignableGroup> = {}): AlignableGroup {
  return { id, name: id, kind: 'STAFF_NETWORK', characteristics: [], topics: [], nationalBody: null, ...partial };
}
const body = (id: string, name = id) => ({ id, name });

// The seeded forces, cut down to what alignment reads.
const leicestershire: AlignableForce<AlignableGroup> = {
  id: 'leicestershire',
  name: 'Leicestershire Police',
  groups: [
    group('l-bpa', { name: 'Black Police Association', kind: 'STAFF_ASSOCIATION', characteristics: ['RACE'] }),
    group('l-cpa', { name: 'Christian Police Association', characteristics: ['RELIGION_OR_BELIEF'], nationalBody: body('cpa', 'Christian Police Association') }),
    group('l-dsn', { name: 'Disability Support Network', characteristics: ['DISABILITY'] }),
    group('l-lgbt', { name: 'LGBT+ Network', characteristics: ['SEXUAL_ORIENTATION', 'GENDER_REASSIGNMENT'] }),
    group('l-mpa', { name: 'Muslim Police Association', characteristics: ['RELIGION_OR_BELIEF'], nationalBody: body('namp', 'National Association of Muslim Police') }),
    group('l-fed', { name: 'Police Federation', kind: 'STAFF_ASSOCIATION', nationalBody: body('pfew', 'Police Federation of England and Wales') }),
    group('l-spa', { name: 'Sikh Police Association', kind: 'STAFF_ASSOCIATION', characteristics: ['RELIGION_OR_BELIEF'] }),
    group('l-unison', { name: 'UNISON', kind: 'TRADE_UNION', nationalBody: body('unison', 'UNISON') }),
    group('l-win', { name: "Women's Inclusive Network", characteristics: ['SEX', 'PREGNANCY_AND_MATERNITY'] }),
  ],
};
const wiltshire: AlignableForce<AlignableGroup> = {
  id: 'wiltshire',
  name: 'Wiltshire Police',
  groups: [
    group('w-cancer', { name: 'Cancer Matters', kind: 'SUPPORT_GROUP', topics: ['cancer'] }),
    group('w-cpa', { name: 'Christian Police Association', characteristics: ['RELIGION_OR_BELIEF'], nationalBody: body('cpa', 'Christian Police Association') }),
    group('w-connect', { name: 'Connect', characteristics: ['SEX'] }),
    group('w-dssn', { name: 'Disability Staff Support Network', characteristics: ['DISABILITY'] }),
    group('w-lgbtq', { name: 'LGBTQ+ Network', characteristics: ['SEXUAL_ORIENTATION', 'GENDER_REASSIGNMENT'] }),
    group('w-meno', { name: 'Menopause Support Group', kind: 'SUPPORT_GROUP', characteristics: ['SEX'], topics: ['menopause'] }),
    group('w-parent', { name: 'Parenting Support Group', kind: 'SUPPORT_GROUP', characteristics: ['PREGNANCY_AND_MATERNITY'] }),
    group('w-peer', { name: 'Peer Support', kind: 'PEER_SUPPORT' }),
    group('w-fed', { name: 'Police Federation', kind: 'STAFF_ASSOCIATION', nationalBody: body('pfew', 'Police Federation of England and Wales') }),
    group('w-unison', { name: 'UNISON', kind: 'TRADE_UNION', nationalBody: body('unison', 'UNISON') }),
    group('w-epa', { name: 'Wiltshire Ethnic Police Association', kind: 'STAFF_ASSOCIATION', characteristics: ['RACE'] }),
  ],
};

const rows = alignCounterparts([leicestershire, wiltshire]);
const ids = (row: { cells: AlignableGroup[][] }) => row.cells.map((cell) => cell.map((g) => g.id));
const rowOf = (groupId: string) => rows.find((row) => row.cells.some((cell) => cell.some((g) => g.id === groupId)))!;

describe('alignCounterparts', () => {
  it('puts every group in exactly one row', () => {
    const placed = rows.flatMap((row) => row.cells.flat().map((g) => g.id)).sort();
    expect(placed).toEqual([...leicestershire.groups, ...wiltshire.groups].map((g) => g.id).sort());
  });

  it('aligns groups of the same national body', () => {
    expect(ids(rowOf('l-cpa'))).toEqual([['l-cpa'], ['w-cpa']]);
  });

  it('names a national-body row after the body', () => {
    expect(rowOf('l-fed').label).toBe('Police Federation of England and Wales');
  });

  it('aligns groups without a national body that serve the same characteristics', () => {
    expect(ids(rowOf('l-lgbt'))).toEqual([['l-lgbt'], ['w-lgbtq']]);
  });

  it('aligns a group with several smaller ones that between them serve what it serves', () => {
    expect(ids(rowOf('l-win'))).toEqual([['l-win'], ['w-connect', 'w-meno', 'w-parent']]);
  });

  it('names a shared characteristic row after the characteristics, in the Act’s order', () => {
    expect(rowOf('l-win').label).toBe('Pregnancy and maternity, Sex');
  });

  it('aligns associations renamed differently through the characteristic they serve', () => {
    expect(ids(rowOf('l-bpa'))).toEqual([['l-bpa'], ['w-epa']]);
  });

  it('leaves a gap where only one force has a national body’s group', () => {
    expect(ids(rowOf('l-mpa'))).toEqual([['l-mpa'], []]);
  });

  it('keeps a group that only fills a row another force already fills apart from it', () => {
    expect(ids(rowOf('l-spa'))).toEqual([['l-spa'], []]);
  });

  it('names a row only one force fills after its group', () => {
    expect(rowOf('l-spa').label).toBe('Sikh Police Association');
  });

  it('aligns peer support by kind, showing the force that lacks it', () => {
    expect([rowOf('w-peer').label, ids(rowOf('w-peer'))]).toEqual(['Peer support', [[], ['w-peer']]]);
  });

  it('gives a topic-only group its own row', () => {
    expect(ids(rowOf('w-cancer'))).toEqual([[], ['w-cancer']]);
  });

  it('orders rows by the Act’s order of characteristics, unions and the rest last', () => {
    expect(rows.map((row) => row.label)).toEqual([
      'Disability',
      'Gender reassignment, Sexual orientation',
      'Pregnancy and maternity, Sex',
      'Race',
      'Christian Police Association',
      'National Association of Muslim Police',
      'Sikh Police Association',
      'Police Federation of England and Wales',
      'UNISON',
      'Peer support',
      'Cancer Matters',
    ]);
  });

  it('merges a characteristic cluster into a national-body row when it only fills that row’s gaps', () => {
    const a = { id: 'a', name: 'A', groups: [group('a-bpa', { characteristics: ['RACE'], nationalBody: body('nbpa', 'National Black Police Association') })] };
    const b = { id: 'b', name: 'B', groups: [group('b-ema', { characteristics: ['RACE'] })] };
    const [row] = alignCounterparts([a, b]);
    expect([row.label, row.basis, ids(row)]).toEqual(['National Black Police Association', ['national-body', 'characteristics'], [['a-bpa'], ['b-ema']]]);
  });

  it('keeps the forces’ order in the cells', () => {
    expect(ids(alignCounterparts([wiltshire, leicestershire]).find((r) => r.key === 'body:cpa')!)).toEqual([['w-cpa'], ['l-cpa']]);
  });

  it('gives a force with no groups an empty cell in every row', () => {
    const empty = { id: 'dorset', name: 'Dorset Police', groups: [] };
    expect(alignCounterparts([leicestershire, empty]).every((row) => row.cells[1].length === 0)).toBe(true);
  });

  it('returns no rows for forces without groups', () => {
    expect(alignCounterparts([{ id: 'x', name: 'X', groups: [] }])).toEqual([]);
  });
});

describe('differences and onlyIn', () => {
  it('keeps the rows some force lacks', () => {
    expect(differences(rows, 2).map((r) => r.label)).toEqual([
      'National Association of Muslim Police',
      'Sikh Police Association',
      'Peer support',
      'Cancer Matters',
    ]);
  });

  it('lists what each force has that the other lacks', () => {
    expect(onlyIn(rows, 2).map((list) => list.map((r) => r.label))).toEqual([
      ['National Association of Muslim Police', 'Sikh Police Association'],
      ['Peer support', 'Cancer Matters'],
    ]);
  });
});

describe('describeBasis', () => {
  it('explains a national-body row', () => {
    expect(describeBasis(rowOf('l-cpa'))).toBe('Same national body');
  });

  it('explains a characteristic row', () => {
    expect(describeBasis(rowOf('l-bpa'))).toBe('Serving race');
  });

  it('explains a row only one force fills by what it serves', () => {
    expect(describeBasis(rowOf('l-spa'))).toBe('Serves religion or belief');
  });
});
