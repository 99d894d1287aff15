import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY } from '../../shared/ado/backoffDelay.js';
import { errorCode, toAdoError, waitHintMs } from '../../shared/ado/toAdoError.js';

describe('toAdoError', () => {
  it('keeps status, ADO code and wait hint, never the service message', () => {
    const thrown = Object.assign(new Error('TF401320: Rule Error for field Title. Value "Jane Doe"'), {
      statusCode: 400,
      result: { message: 'TF401320: Rule Error for field Title. Value "Jane Doe"' },
    });
    const { error, maybeSent } = toAdoError('create', thrown);
    expect(error).toMatchObject({ status: 400, code: 'TF401320', retryable: false, operation: 'create' });
    expect(error.message).not.toContain('Jane');
    expect(maybeSent).toBe(true);
  });

  it('treats refused connections as not sent and resets as maybe sent', () => {
    expect(toAdoError('create', Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).maybeSent).toBe(false);
    expect(toAdoError('create', Object.assign(new Error('x'), { code: 'ECONNRESET' })).maybeSent).toBe(true);
    expect(toAdoError('get', new Error('Request timeout: /org/x')).error).toMatchObject({ status: 0, code: 'ETIMEDOUT', retryable: true });
  });

  it('reads Retry-After and X-RateLimit-Delay, taking the longer', () => {
    expect(waitHintMs({ retryAfter: 3, delay: 4.5 })).toBe(4_500);
    expect(waitHintMs(undefined, { 'retry-after': '2' })).toBe(2_000);
    expect(waitHintMs(undefined, { 'x-ratelimit-delay': '0.25' })).toBe(250);
    expect(waitHintMs({}, {})).toBeUndefined();
    const error = toAdoError('get', { statusCode: 429, rateLimit: { retryAfter: 10 } }).error;
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 10_000 });
  });

  it('parses ADO error codes from the message prefix only', () => {
    expect(errorCode('VS403351: The value ...')).toBe('VS403351');
    expect(errorCode('TF201036: You can only ...')).toBe('TF201036');
    expect(errorCode('Failed request: (500)')).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter, never below the service hint', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, options, () => 0.999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(1, options, () => 0.5, 5_000)).toBe(5_000);
  });
});
