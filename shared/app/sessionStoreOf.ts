import type { StateStore } from '../state/types.js';
import type { SysAidSessionStore } from '../sysaid/SysAidSessionStore.js';

/** The SysAid client's view of the state store: the shared session row and the login lease row. */
export function sessionStoreOf(state: StateStore): SysAidSessionStore {
  return {
    get: () => state.getSession(),
    put: (jsessionId, etag) => state.putSession(jsessionId, etag),
    getLease: () => state.getLoginLease(),
    putLease: (lease, etag) => state.putLoginLease(lease, etag),
  };
}
