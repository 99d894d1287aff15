import { describe, expect, it, vi } from 'vitest';

describe('functions entry', () => {
  it('registers both functions at import and builds nothing else', async () => {
    vi.resetModules();
    const { app } = await import('@azure/functions');
    const http = vi.spyOn(app, 'http').mockImplementation(() => undefined);
    const timer = vi.spyOn(app, 'timer').mockImplementation(() => undefined);
    const create = vi.fn();
    vi.doMock('../../shared/app/createRuntime.js', () => ({ createRuntime: create }));
    await import('../../functions/index.js');
    expect(http).toHaveBeenCalledWith('sysaidWebhook', expect.objectContaining({ route: 'sysaid/webhook', methods: ['POST'], authLevel: 'function' }));
    expect(timer).toHaveBeenCalledWith('sysaidBackfill', expect.objectContaining({ schedule: '%BACKFILL_SCHEDULE%', runOnStartup: false }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Building the runtime (settings, secrets, clients) waits for the first invocation.
    expect(create).not.toHaveBeenCalled();
  });
});
