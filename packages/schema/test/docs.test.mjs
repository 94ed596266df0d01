// `npm run docs` renders the committed schema into one self-contained HTML page, offline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the reference page is generated from schema.graphql, with nothing loaded from elsewhere', { timeout: 180_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
  try {
    execFileSync('npx', ['spectaql', 'spectaql.yml', '--quiet', '--target-dir', out], { cwd: new URL('..', import.meta.url), stdio: 'pipe' });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const name of ['Network Atlas GraphQL API', 'coverage', 'GroupConnection', 'ProtectedCharacteristic', 'createApiKey']) assert.ok(html.includes(name), name);
    assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)="https?:/i);
    assert.doesNotMatch(html, /@import\s+url\(\s*['"]?https?:/i);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
