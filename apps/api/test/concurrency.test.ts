import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/user/demo-users.js';
import { createFixtureGroup, LEICS_ADMIN, NATIONAL, signIn, WILTS_ADMIN } from './helpers/auth.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Many admins saving at once, across forces and within one (on the same groups and the same
 * force profile), each doing read, change, save, and on CONFLICT read again and retry, as the
 * portal does. Nothing is lost: every accepted save is in the final record exactly once, has
 * exactly one audit event (matched by its request id), and versions rise by one per save.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const READ_GROUP = `query ($id: ID!) { group(id: $id) { version aims } }`;
const SAVE_GROUP = `mutation ($id: ID!, $v: Int!, $i: GroupInput!) { updateGroup(id: $id, version: $v, input: $i) { version aims } }`;
const READ_FORCE = `query ($id: ID!) { force(id: $id) { version equalityObjectives } }`;
const SAVE_FORCE = `mutation ($f: ID, $v: Int!, $i: ForceProfileInput!) { updateForceProfile(forceId: $f, version: $v, input: $i) { version equalityObjectives } }`;

interface Target {
  kind: 'Group' | 'Force';
  id: string;
  forceId: string;
}

interface Success {
  target: Target;
  token: string;
  version: number;
  requestId: string;
}

interface Admin {
  name: string;
  headers: Record<string, string>;
  forceId: string | null; // null: national admin
}

const EDITS_PER_ADMIN = 8;
const MAX_ATTEMPTS = 60;

/** One edit: append `token` to the target's list, retrying on CONFLICT with a fresh read. */
async function appendToken(admin: Admin, target: Target, token: string, conflicts: { n: number }): Promise<Success> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const isGroup = target.kind === 'Group';
    const read = await server.gql(isGroup ? READ_GROUP : READ_FORCE, { id: target.id }, admin.headers);
    if (read.errors) throw new Error(`${admin.name} read ${target.id}: ${JSON.stringify(read.errors)}`);
    const current = isGroup ? read.data!.group : read.data!.force;
    const list: string[] = isGroup ? current.aims : current.equalityObjectives;
    const res = isGroup
      ? await server.gql(SAVE_GROUP, { id: target.id, v: current.version, i: { aims: [...list, token] } }, admin.headers)
      : await server.gql(
          SAVE_FORCE,
          { f: admin.forceId ? null : target.id, v: current.version, i: { equalityObjectives: [...list, token] } },
          admin.headers,
        );
    const requestId = res.headers.get('x-request-id')!;
    if (!res.errors) {
      const saved = isGroup ? res.data!.updateGroup : res.data!.updateForceProfile;
      return { target, token, version: saved.version, requestId };
    }
    const code = res.errors[0].extensions?.code;
    if (code !== 'CONFLICT') throw new Error(`${admin.name} save ${target.id}: ${JSON.stringify(res.errors)}`);
    expect(res.errors[0].extensions!.currentVersion).toBeGreaterThan(current.version);
    conflicts.n++;
  }
  throw new Error(`${admin.name}: no save of ${target.id} after ${MAX_ATTEMPTS} attempts`);
}

describe('many admins editing at once', () => {
  it('loses no update, writes one audit event per accepted save, and raises versions strictly', async () => {
    const national = await signIn(server, NATIONAL);
    // More admins than the demo set: two more per force, created through the API.
    const extra = [];
    for (const [forceId, n] of [['leicestershire', 1], ['leicestershire', 2], ['wiltshire', 1], ['wiltshire', 2]] as const) {
      const email = `${forceId}.editor${n}@concurrency.test`;
      const res = await server.gql(
        `mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }`,
        { i: { email, displayName: `${forceId} editor ${n}`, password: DEMO_PASSWORD, role: 'FORCE_ADMIN', forceId } },
        national,
      );
      expect(res.errors).toBeUndefined();
      extra.push({ name: email, headers: await signIn(server, email), forceId });
    }
    const admins: Admin[] = [
      { name: 'national', headers: national, forceId: null },
      { name: 'leics', headers: await signIn(server, LEICS_ADMIN), forceId: 'leicestershire' },
      { name: 'wilts', headers: await signIn(server, WILTS_ADMIN), forceId: 'wiltshire' },
      ...extra,
    ];

    const targets: Target[] = [];
    for (const forceId of ['leicestershire', 'wiltshire']) {
      for (const n of [1, 2]) {
        const g = await createFixtureGroup(server, national, forceId, `Concurrency ${forceId} ${n}`);
        targets.push({ kind: 'Group', id: g.id, forceId });
      }
      targets.push({ kind: 'Force', id: forceId, forceId });
    }
    const start = new Map<string, { version: number; list: string[] }>();
    for (const t of targets) {
      const read = await server.gql(t.kind === 'Group' ? READ_GROUP : READ_FORCE, { id: t.id }, national);
      const cur = t.kind === 'Group' ? read.data!.group : read.data!.force;
      start.set(t.id, { version: cur.version, list: t.kind === 'Group' ? cur.aims : cur.equalityObjectives });
    }
    const [{ maxId }] = await server.db.dataSource.query(`SELECT coalesce(max(id), 0)::int AS "maxId" FROM audit_event`);

    // Everyone at once; each admin picks targets in their own force (the national admin: any).
    const conflicts = { n: 0 };
    const successes = (
      await Promise.all(
        admins.map(async (admin, a) => {
          const mine = targets.filter((t) => !admin.forceId || t.forceId === admin.forceId);
          const done: Success[] = [];
          for (let e = 0; e < EDITS_PER_ADMIN; e++) {
            done.push(await appendToken(admin, mine[(a + e) % mine.length], `edit ${a}.${e} by ${admin.name}`, conflicts));
          }
          return done;
        }),
      )
    ).flat();
    expect(successes).toHaveLength(admins.length * EDITS_PER_ADMIN);

    const events: { entity_type: string; entity_id: string; request_id: string; before: any; after: any; action: string }[] =
      await server.db.dataSource.query(`SELECT entity_type, entity_id, request_id, action, before, after FROM audit_event WHERE id > $1 ORDER BY id`, [maxId]);
    // One audit event per accepted save, and none for a refused one.
    expect(events).toHaveLength(successes.length);
    const byRequest = new Map(events.map((e) => [e.request_id, e]));
    expect(byRequest.size).toBe(events.length);
    for (const s of successes) {
      const event = byRequest.get(s.requestId);
      expect(event, `audit event of ${s.token}`).toMatchObject({ entity_type: s.target.kind, entity_id: s.target.id, action: 'UPDATE' });
      expect(event!.after.version).toBe(s.version);
    }

    for (const t of targets) {
      const mine = successes.filter((s) => s.target.id === t.id);
      const before = start.get(t.id)!;
      const read = await server.gql(t.kind === 'Group' ? READ_GROUP : READ_FORCE, { id: t.id }, national);
      const now = t.kind === 'Group' ? read.data!.group : read.data!.force;
      const list: string[] = t.kind === 'Group' ? now.aims : now.equalityObjectives;
      // No lost update: the original list, then every accepted token exactly once, in the order saved.
      const ordered = [...mine].sort((x, y) => x.version - y.version);
      expect(list).toEqual([...before.list, ...ordered.map((s) => s.token)]);
      // Versions: one per save, strictly increasing without gaps.
      expect(now.version).toBe(before.version + mine.length);
      expect(ordered.map((s) => s.version)).toEqual(mine.map((_, i) => before.version + i + 1));
      const trail = events.filter((e) => e.entity_id === t.id && e.entity_type === t.kind);
      expect(trail.map((e) => e.after.version)).toEqual(ordered.map((s) => s.version));
      for (const e of trail) expect(e.after.version).toBe(e.before.version + 1);
    }
    console.info(`concurrency: ${successes.length} saves by ${admins.length} admins on ${targets.length} records, ${conflicts.n} CONFLICTs retried`);
  });

  it('accepts exactly one of many saves of the same version sent at once, within and across admins', async () => {
    const national = await signIn(server, NATIONAL);
    const leics = await signIn(server, LEICS_ADMIN);
    const g = await createFixtureGroup(server, national, 'leicestershire', 'Same version fixture');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => server.gql(SAVE_GROUP, { id: g.id, v: g.version, i: { aims: [`racer ${i}`] } }, i % 2 ? leics : national)),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(11);
    const winner = results.find((r) => !r.errors)!;
    const events = await server.db.dataSource.query(`SELECT request_id, after FROM audit_event WHERE entity_type = 'Group' AND entity_id = $1 AND action = 'UPDATE'`, [g.id]);
    expect(events).toEqual([{ request_id: winner.headers.get('x-request-id'), after: expect.objectContaining({ version: g.version + 1, aims: winner.data!.updateGroup.aims }) }]);
  });
});
