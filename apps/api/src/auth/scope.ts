import { GroupStatus } from '../modules/common/enums.js';

/**
 * What the current caller may read. Derived once per request from the session or API key
 * and applied by every service; the one place reading rules live.
 */
export interface ReadScope {
  /** Group statuses visible to the caller. */
  statuses: GroupStatus[];
}

/** Partners and anonymous readers see published data only. */
export const publicScope: ReadScope = Object.freeze({ statuses: [GroupStatus.PUBLISHED] }) as ReadScope;
