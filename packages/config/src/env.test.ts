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

  it('reads the database timeouts, in milliseconds', () => {
    expect(parseEnv(apiEnvSchema, {})).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 10_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 15_000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 30_000,
    });
    expect(parseEnv(apiEnvSchema, { DATABASE_CONNECT_TIMEOUT_MS: '500', DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 500,
      DATABASE_STATEMENT_TIMEOUT_MS: 0,
    });
    expect(() => parseEnv(apiEnvSchema, { DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
  });

  it('reads the partner API settings: rate limits, cache, Redis, proxies', () => {
    expect(parseEnv(apiEnvSchema, {})).toMatchObject({
      RATE_LIMIT_WINDOW_SECONDS: 60,
      RATE_LIMIT_ANON_PER_MIN: 60,
      RATE_LIMIT_KEY_PER_MIN: 600,
      RATE_LIMIT_USER_PER_MIN: 1200,
      RESPONSE_CACHE_SECONDS: 60,
      RESPONSE_CACHE_MAX_MB: 8,
      REDIS_PREFIX: 'atlas:',
    });
    expect(parseEnv(apiEnvSchema, { RESPONSE_CACHE_MAX_MB: '0.5' }).RESPONSE_CACHE_MAX_MB).toBe(0.5);
    expect(() => parseEnv(apiEnvSchema, { RESPONSE_CACHE_MAX_MB: '0' })).toThrow(/RESPONSE_CACHE_MAX_MB/);
    expect(parseEnv(apiEnvSchema, {}).REDIS_URL).toBeUndefined();
    expect(parseEnv(apiEnvSchema, { REDIS_URL: 'redis://cache:6379/0', TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' })).toMatchObject({
      REDIS_URL: 'redis://cache:6379/0',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
    });
    expect(() => parseEnv(apiEnvSchema, { REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL: must start with redis/);
    expect(() => parseEnv(apiEnvSchema, { RATE_LIMIT_ANON_PER_MIN: '0' })).toThrow(/RATE_LIMIT_ANON_PER_MIN/);
    expect(() => parseEnv(apiEnvSchema, { TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
