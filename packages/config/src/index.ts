export { apiEnvSchema, parseEnv, EnvError, type ApiEnv } from './env.js';
