import type { Role } from './roles.js';

/** Who is calling, derived once per request from the session cookie (or an API key). */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      role: Role;
      /** Set for FORCE_ADMIN: the one force they keep. */
      forceId: string | null;
      /** Set for REGIONAL_COORDINATOR: the one region they read. */
      regionId: string | null;
      sessionTokenHash: string;
    }
  | {
      /** A partner's API key: reads published data only, changes nothing (see access.ts). */
      kind: 'apiKey';
      keyId: string;
      /** The partner the key was issued to, e.g. "University of Leicester". */
      partner: string;
    };

export const anonymous: Viewer = Object.freeze({ kind: 'anonymous' });

export type UserViewer = Extract<Viewer, { kind: 'user' }>;
export type ApiKeyViewer = Extract<Viewer, { kind: 'apiKey' }>;
