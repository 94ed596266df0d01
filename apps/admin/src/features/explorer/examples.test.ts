// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../../../../packages/schema/schema.graphql'), 'utf8'));

describe.each(EXAMPLES)('the explorer example "$title"', (example) => {
  it('is valid against the committed schema', () => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  });

  it('has variables written as a JSON object', () => {
    expect(typeof JSON.parse(example.variables ?? '{}')).toBe('object');
  });
});

describe('the explorer examples', () => {
  it('cover the catalogue, coverage, paged groups, counterparts and commitment progress', () => {
    const fields = EXAMPLES.map((e) => /\{\s*(\w+)/.exec(e.query.replace(/^#.*$/gm, ''))?.[1]);
    expect(fields).toEqual(['regions', 'coverage', 'groups', 'group', 'commitmentProgress']);
  });

  it('have unique ids', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
  });
});
