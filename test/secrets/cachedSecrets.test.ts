import { describe, expect, it } from 'vitest';
import { createCachedSecrets } from '../../shared/secrets/createCachedSecrets.js';
import type { SecretProvider } from '../../shared/secrets/SecretProvider.js';
import { SecretNotFoundError, SecretUnavailableError } from '../../shared/secrets/secretErrors.js';

/** An in-memory secret store that counts reads and can be switched off or held. */
class FakeStore implements SecretProvider {
  values = new Map<string, string>();
  reads = 0;
  failing = false;
  private gate: Promise<void> | null = null;
  private open: () => void = () => undefined;

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.open();
    this.gate = null;
  }
  async getOptional(name: string): Promise<string | undefined> {
    this.reads++;
    if (this.gate) await this.gate;
    if (this.failing) throw new Error('ECONNREFUSED vault');
    return this.values.get(name);
  }
  async get(name: string): Promise<string> {
    const value = await this.getOptional(name);
    if (value === undefined) throw new SecretNotFoundError(name);
    return value;
  }
}

function setup(ttlMs = 1_000) {
  const store = new FakeStore();
  let time = 0;
  const clock = { advance: (ms: number) => (time += ms) };
  const secrets = createCachedSecrets(store, { ttlMs, now: () => time });
  return { store, clock, secrets };
}

describe('createCachedSecrets', () => {
  it('serves from cache within the TTL and re-reads after it', async () => {
    const { store, clock, secrets } = setup();
    store.values.set('a', 'v1');
    expect(await secrets.get('a')).toBe('v1');
    store.values.set('a', 'v2');
    clock.advance(999);
    expect(await secrets.get('a')).toBe('v1');
    expect(store.reads).toBe(1);
    clock.advance(1);
    expect(await secrets.get('a')).toBe('v2');
    expect(store.reads).toBe(2);
  });

  it('caches absence too, so an optional secret does not cost a read per call', async () => {
    const { store, clock, secrets } = setup();
    expect(await secrets.getOptional('next')).toBeUndefined();
    await expect(secrets.get('next')).rejects.toBeInstanceOf(SecretNotFoundError);
    expect(store.reads).toBe(1);
    store.values.set('next', 'n1');
    clock.advance(1_000);
    expect(await secrets.getOptional('next')).toBe('n1');
  });

  it('shares one inner read among concurrent callers of the same name', async () => {
    const { store, secrets } = setup();
    store.values.set('a', 'v1');
    store.values.set('b', 'w1');
    store.hold();
    const pending = [secrets.get('a'), secrets.get('a'), secrets.getOptional('a'), secrets.get('b')];
    store.release();
    expect(await Promise.all(pending)).toEqual(['v1', 'v1', 'v1', 'w1']);
    expect(store.reads).toBe(2);
  });

  it('shares a failure among concurrent callers, and retries on the next call', async () => {
    const { store, secrets } = setup();
    store.values.set('a', 'v1');
    store.failing = true;
    store.hold();
    const pending = [secrets.get('a'), secrets.get('a')].map((p) => p.catch((e: unknown) => e));
    store.release();
    const errors = await Promise.all(pending);
    expect(errors.every((e) => e instanceof SecretUnavailableError && e.secretName === 'a')).toBe(true);
    expect(store.reads).toBe(1);
    store.failing = false;
    expect(await secrets.get('a')).toBe('v1');
    expect(store.reads).toBe(2);
  });

  it('fails closed once the cached value expires while the store is down', async () => {
    const { store, clock, secrets } = setup();
    store.values.set('a', 'cached-value');
    await secrets.get('a');
    store.failing = true;
    clock.advance(500);
    expect(await secrets.get('a')).toBe('cached-value');
    clock.advance(500);
    const error = await secrets.get('a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretUnavailableError);
    expect((error as Error).message).toBe("Secret 'a' is unavailable");
    expect((error as Error).message).not.toContain('cached-value');
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
