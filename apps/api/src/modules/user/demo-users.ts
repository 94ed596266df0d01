import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../../auth/roles.js';
import { hashPassword } from './password.js';
import { User } from './user.entity.js';

/** Shared by every demo account; printed by `npm start` and listed in the README. */
export const DEMO_PASSWORD = 'network-atlas-demo';

/** One demo account per role (two force admins, to try another force's refusal). */
export const DEMO_USERS = [
  { email: 'national.admin@demo.network-atlas.test', displayName: 'Demo national admin', role: Role.NATIONAL_ADMIN, forceId: null, regionId: null },
  { email: 'leicestershire.admin@demo.network-atlas.test', displayName: 'Demo Leicestershire force admin', role: Role.FORCE_ADMIN, forceId: 'leicestershire', regionId: null },
  { email: 'wiltshire.admin@demo.network-atlas.test', displayName: 'Demo Wiltshire force admin', role: Role.FORCE_ADMIN, forceId: 'wiltshire', regionId: null },
  { email: 'east-midlands.coordinator@demo.network-atlas.test', displayName: 'Demo East Midlands coordinator', role: Role.REGIONAL_COORDINATOR, forceId: null, regionId: 'east-midlands' },
] as const;

/** Adds the demo accounts that are missing; never changes one that exists. Returns how many were added. */
export async function seedDemoUsers(ds: DataSource): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = await ds
    .createQueryBuilder()
    .insert()
    .into(User)
    .values(DEMO_USERS.map((u) => ({ ...u, id: randomUUID(), passwordHash, active: true })))
    .orIgnore()
    .execute();
  return result.raw?.length ?? result.identifiers.filter(Boolean).length;
}
