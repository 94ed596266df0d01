import type { SocialHandle } from './social-handle.type.js';

/** Handles as published: always with their leading @. */
export function normaliseHandles(handles: SocialHandle[]): SocialHandle[] {
  return handles.map((h) => ({ platform: h.platform, handle: h.handle.startsWith('@') ? h.handle : `@${h.handle}` }));
}
