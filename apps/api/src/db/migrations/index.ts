import { Init1763900000000 } from './1763900000000-init.js';

/** Every migration, oldest first. Startup runs the pending ones on both engines. */
export const migrations = [Init1763900000000];
