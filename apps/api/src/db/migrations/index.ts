import { Init1763900000000 } from './1763900000000-init.js';
import { UsersSessionsAudit1763910000000 } from './1763910000000-users-sessions-audit.js';
import { ApiKeys1763930000000 } from './1763930000000-api-keys.js';

/** Every migration, oldest first. Startup runs the pending ones on both engines. */
export const migrations = [Init1763900000000, UsersSessionsAudit1763910000000, ApiKeys1763930000000];
