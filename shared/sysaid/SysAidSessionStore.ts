/** The shared login lease as the SysAid client sees it (see LoginLeaseRow in shared/state). */
export interface LoginLease {
  /** Instance logging in now; empty when nobody is. */
  owner: string;
  /** Epoch ms the holder's lease ends; with no owner, logins stay paused until then. */
  until: number;
  /** Epoch ms of recent login attempts, by any instance. */
  loginTimes: number[];
  etag: string;
}

/** Where instances share one SysAid session and the right to log in (Table Storage in production). */
export interface SysAidSessionStore {
  get(): Promise<{ jsessionId: string; etag: string } | null>;
  /** Stores a session if `etag` still matches (no row exists when null); throws when it lost. */
  put(jsessionId: string, etag: string | null): Promise<unknown>;
  getLease(): Promise<LoginLease | null>;
  /** Writes the lease if `etag` still matches (no row exists when null); throws when it lost. */
  putLease(lease: Omit<LoginLease, 'etag'>, etag: string | null): Promise<LoginLease>;
}
