import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../auth/roles.js';
import type { UserViewer } from '../../auth/viewer.js';
import { badInput, conflict, ErrorCode, notFound } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Force } from '../force/force.entity.js';
import { Region } from '../region/region.entity.js';
import { hashPassword } from './password.js';
import { Session } from './session.entity.js';
import type { CreateUserInput, UpdateUserInput } from './user.input.js';
import { User } from './user.entity.js';

const auditable = (u: User) => snapshot(u, ['passwordHash']);

/** A role's scope must match it: a force for a force admin, a region for a coordinator, neither for a national admin. */
async function checkScope(manager: EntityManager, role: Role, forceId: string | null, regionId: string | null) {
  if (role === Role.FORCE_ADMIN) {
    if (!forceId) throw badInput('forceId', 'required for a FORCE_ADMIN');
    if (!(await manager.existsBy(Force, { id: forceId }))) throw badInput('forceId', `no such force: ${forceId}`);
  } else if (forceId) throw badInput('forceId', `only a FORCE_ADMIN has a force`);
  if (role === Role.REGIONAL_COORDINATOR) {
    if (!regionId) throw badInput('regionId', 'required for a REGIONAL_COORDINATOR');
    if (!(await manager.existsBy(Region, { id: regionId }))) throw badInput('regionId', `no such region: ${regionId}`);
  } else if (regionId) throw badInput('regionId', 'only a REGIONAL_COORDINATOR has a region');
}

export async function createUser(ds: DataSource, actor: UserViewer, requestId: string, input: CreateUserInput): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return ds.transaction(async (m) => {
    const email = input.email.trim().toLowerCase();
    await checkScope(m, input.role, input.forceId ?? null, input.regionId ?? null);
    if (await m.existsBy(User, { email })) throw badInput('email', 'a user with this email already exists');
    const user = m.create(User, {
      id: randomUUID(),
      email,
      displayName: input.displayName.trim(),
      passwordHash,
      role: input.role,
      forceId: input.forceId ?? null,
      regionId: input.regionId ?? null,
      active: true,
    });
    await m.insert(User, user);
    const saved = await m.findOneByOrFail(User, { id: user.id });
    await recordAudit(m, actor, requestId, { action: 'CREATE', entityType: 'User', entityId: saved.id, forceId: saved.forceId, before: null, after: auditable(saved) });
    return saved;
  });
}

export async function updateUser(
  ds: DataSource,
  actor: UserViewer,
  requestId: string,
  id: string,
  version: number,
  input: UpdateUserInput,
): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ds.transaction(async (m) => {
    const before = await m.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw notFound('User', id);
    if (before.version !== version) throw conflict('User', id, before.version);
    if (id === actor.userId && (input.active === false || (input.role && input.role !== before.role))) {
      throw new GraphQLError('You cannot deactivate yourself or change your own role', { extensions: { code: ErrorCode.FORBIDDEN } });
    }
    const role = input.role ?? before.role;
    const forceId = input.forceId !== undefined ? input.forceId : role === Role.FORCE_ADMIN ? before.forceId : null;
    const regionId = input.regionId !== undefined ? input.regionId : role === Role.REGIONAL_COORDINATOR ? before.regionId : null;
    await checkScope(m, role, forceId ?? null, regionId ?? null);
    await m.update(User, { id }, {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(passwordHash ? { passwordHash } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      role,
      forceId: forceId ?? null,
      regionId: regionId ?? null,
    });
    // A new password, a new role or deactivation ends every session of that user.
    if (passwordHash || input.active === false || role !== before.role) await m.delete(Session, { userId: id });
    const after = await m.findOneByOrFail(User, { id });
    await recordAudit(m, actor, requestId, { action: 'UPDATE', entityType: 'User', entityId: id, forceId: after.forceId, before: auditable(before), after: auditable(after) });
    return after;
  });
}
