import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the API reads from the environment, with its default. */
export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded database keeps its files; `memory://` keeps nothing. */
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Largest number of pooled PostgreSQL connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** Seed the reference catalogue when the database is empty (always idempotent). */
  SEED_ON_START: bool.default(true),
  /** Folder of the built portal to serve at `/`; empty turns it off. */
  ADMIN_DIST: z.string().optional(),
  /** Report the SQL statements of each request in an `x-sql-statements` header. */
  SQL_STATS: bool.optional(),
  /** Mark the session cookie Secure (HTTPS only). Default: on in production. */
  COOKIE_SECURE: bool.optional(),
  /**
   * Create one demo account per role. Default: on for the embedded database, off when
   * DATABASE_URL is set (a real database gets demo accounts only when asked).
   */
  SEED_DEMO_USERS: bool.optional(),
  /** Seconds to let in-flight requests finish after SIGTERM. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: { name: string; reason: string }[]) {
    super(
      'Invalid configuration:\n' +
        issues.map((i) => `  ${i.name}: ${i.reason}`).join('\n'),
    );
    this.name = 'EnvError';
  }
}

/** Parses the environment; a wrong value throws an EnvError naming each variable and why. */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<S> {
  // An empty variable means "not set", as shells and compose files commonly write it.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((i) => ({
        name: i.path.join('.') || '(environment)',
        reason: i.message,
      })),
    );
  }
  return result.data;
}
