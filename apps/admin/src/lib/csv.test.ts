import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, escapeFormula, formatCell, toCsv } from './csv';

describe('escapeFormula', () => {
  it.each(['=SUM(A1:A2)', '+44 116', '-1', '@cmd', '\tx', '\rx'])('prefixes an apostrophe to %j', (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeFormula('LGBT+ Network')).toBe('LGBT+ Network');
  });

  it('leaves a formula character that is not first alone', () => {
    expect(escapeFormula('a=b')).toBe('a=b');
  });
});

describe('formatCell', () => {
  it('quotes a cell with a comma', () => {
    expect(formatCell('Constable, Sergeant')).toBe('"Constable, Sergeant"');
  });

  it('doubles quotes inside a quoted cell', () => {
    expect(formatCell('the "Diversity Advocates"')).toBe('"the ""Diversity Advocates"""');
  });

  it('quotes a cell with a line break', () => {
    expect(formatCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('escapes and then quotes a formula with a comma', () => {
    expect(formatCell('=HYPERLINK("x",1)')).toBe('"\'=HYPERLINK(""x"",1)"');
  });

  it('writes null and undefined as empty cells', () => {
    expect([formatCell(null), formatCell(undefined)]).toEqual(['', '']);
  });

  it('writes numbers as they are', () => {
    expect(formatCell(1994)).toBe('1994');
  });
});

describe('toCsv', () => {
  it('ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });

  it('reads back through a CSV parser to the same cells, formulas neutralised', () => {
    const rows = [
      ['Force', 'Group', 'Note'],
      ['Wiltshire Police', 'LGBTQ+ Network', 'Free, "open" to all\nstaff'],
      ['Leicestershire Police', '=cmd|"/c calc"!A1', '@risk'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([rows[0], rows[1], ['Leicestershire Police', '\'=cmd|"/c calc"!A1', "'@risk"]]);
  });
});

describe('csvFileName', () => {
  it('slugs the parts and adds the date', () => {
    expect(csvFileName('Coverage', 'East Midlands')).toMatch(/^coverage-east-midlands-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
