// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = resolve(import.meta.dirname, '../..');

describe('generated GraphQL types', () => {
  it('match the committed schema and the documents beside the components (run `npm run codegen` if not)', async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(resolve(root, output.filename), 'utf8').catch(() => '(missing)');
      expect(committed, `${output.filename} is stale`).toBe(output.content);
    }
  }, 60_000);
});
