import { describe, expect, it } from 'vitest';
import { apiEnvSchema, EnvError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('applies defaults when nothing is set', () => {
    const env = parseEnv(apiEnvSchema, {});
    expect(env).toMatchObject({ PORT: 4000, DATA_DIR: '.data/pglite', SEED_ON_START: true });
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnv(apiEnvSchema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names the variable and the reason for a wrong value', () => {
    let thrown: unknown;
    try {
      parseEnv(apiEnvSchema, { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    const names = (thrown as EnvError).issues.map((i) => i.name).sort();
    expect(names).toEqual(['DATABASE_URL', 'PORT']);
    expect((thrown as EnvError).message).toMatch(/DATABASE_URL: must start with postgres/);
  });
});
