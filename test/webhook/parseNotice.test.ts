import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNotice } from '../../shared/webhook/parseNotice.js';
import { WebhookError } from '../../shared/webhook/WebhookError.js';

describe('parseNotice', () => {
  it('reads SysAid notices and plain id bodies', () => {
    expect(parseNotice('{"event":"sr.updated","id":"123","sr_version":7}')).toEqual({ srId: '123', event: 'sr.updated', srVersion: 7 });
    expect(parseNotice('{"id":45}')).toEqual({ srId: '45' });
    expect(parseNotice('{"sr_id":"9"}')).toEqual({ srId: '9' });
    expect(parseNotice('{"event":"sr.created","data":{"id":"12"}}')).toEqual({ srId: '12', event: 'sr.created' });
  });

  it.each([
    ['not json', 'INVALID_JSON'],
    ['[1,2]', 'INVALID_BODY'],
    ['{}', 'MISSING_ID'],
    ['{"id":"12a"}', 'INVALID_ID'],
    ['{"id":-4}', 'INVALID_ID'],
    ['{"id":1.5}', 'INVALID_ID'],
    ['{"id":"1","event":"sr.deleted"}', 'UNKNOWN_EVENT'],
    ['['.repeat(100_000) + ']'.repeat(100_000), 'INVALID_BODY'],
  ])('rejects %s with a 400 that does not quote the body', (body, code) => {
    try {
      parseNotice(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WebhookError);
      expect((error as WebhookError).status).toBe(400);
      expect((error as WebhookError).code).toBe(code);
      expect((error as WebhookError).message).not.toContain(body.slice(0, 5));
    }
  });

  it('never throws anything but a WebhookError, and accepts only positive integer ids', () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)), event: fc.option(fc.string()) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(bodies, (body) => {
        try {
          const notice = parseNotice(body);
          expect(notice.srId).toMatch(/^[1-9]\d*$/);
        } catch (error) {
          expect(error).toBeInstanceOf(WebhookError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
