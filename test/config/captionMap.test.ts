import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaptionMap, parseCaptionMap } from '../../shared/config/captionMap.js';
import { ConfigError, loadConfig } from '../../shared/config/loadConfig.js';
import { REQUIRED_ENV } from './validEnv.js';

const asText = (v: string): string => v;

/** Captions and values as an admin could write them: no separators, no surrounding spaces. */
const token = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[;=]/g, '').trim())
  .filter((s) => s.length > 0);

describe('parseCaptionMap', () => {
  it('parses captions with spaces and values with dashes, ignoring blank entries', () => {
    expect(parseCaptionMap(' Very High = 1 - Critical ;Low=4 - Low;;', asText, 'text')).toEqual({ 'Very High': '1 - Critical', Low: '4 - Low' });
  });

  it('keeps a caption named __proto__ as data', () => {
    const map = parseCaptionMap('__proto__=1', asText, 'text');
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });

  it.each([
    ['High', /no '='/],
    ['=2', /empty caption/],
    ['High=', /empty value/],
    ['High=1;high=2', /repeats/],
    [';;', /no caption=value/],
  ])('rejects %j', (text, reason) => {
    expect(() => parseCaptionMap(text, asText, 'text')).toThrow(reason);
  });

  it('round-trips any map it can represent', () => {
    const maps = fc.uniqueArray(fc.tuple(token, token), { minLength: 1, maxLength: 12, selector: ([caption]) => caption.toLowerCase() });
    fc.assert(
      fc.property(maps, (entries) => {
        const map = Object.fromEntries(entries);
        expect(parseCaptionMap(formatCaptionMap(map), asText, 'text')).toEqual(map);
      }),
    );
  });

  it('round-trips priority maps through loadConfig', () => {
    const maps = fc.uniqueArray(fc.tuple(token, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 12, selector: ([caption]) => caption.toLowerCase() });
    fc.assert(
      fc.property(maps, (entries) => {
        const map = Object.fromEntries(entries);
        expect(loadConfig({ ...REQUIRED_ENV, SYNC_PRIORITY_MAP: formatCaptionMap(map) }).sync.priorityMap).toEqual(map);
      }),
    );
  });

  it('turns any garbage into a ConfigError and nothing else', () => {
    const garbage = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[=; a-z0-9-]*$/));
    fc.assert(
      fc.property(garbage, garbage, (priority, severity) => {
        try {
          loadConfig({ ...REQUIRED_ENV, SYNC_PRIORITY_MAP: priority, SYNC_SEVERITY_MAP: severity });
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never quotes the input in an error', () => {
    // Messages are ASCII; a non-ASCII marker inside every caption and value would show any echo.
    const marked = fc.string({ maxLength: 10 }).map((s) => `\u00a7${s}`);
    const entry = fc.tuple(marked, marked).map(([caption, value]) => `${caption}=${value}`);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
        try {
          loadConfig({ ...REQUIRED_ENV, SYNC_PRIORITY_MAP: entries.join(';') });
        } catch (error) {
          expect((error as Error).message).not.toContain('\u00a7');
        }
      }),
    );
  });
});
