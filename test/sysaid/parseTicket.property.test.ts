import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedRecordError } from '../../shared/sysaid/MalformedRecordError.js';
import { parseTicket } from '../../shared/sysaid/parseTicket.js';

/** Every text value carries this marker, so a test can prove no value reaches an error message. */
const MARK = 'PII-';
const text = fc.string({ maxLength: 20 }).map((s) => MARK + s);
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const timeValue = fc.oneof(time, time.map(String));
const captionEntry = (key: string) =>
  fc.oneof(
    fc.record({ key: fc.constant(key), value: fc.integer({ min: 1, max: 20 }), valueCaption: text }),
    fc.record({ key: fc.constant(key), value: fc.constantFrom(null, 0, ''), valueCaption: fc.constantFrom('', null) }),
  );
const note = fc.record({ userName: fc.oneof(text, fc.constant(null)), createDate: timeValue, text });

interface Built {
  record: { id: string; info: Array<Record<string, unknown>> };
  expect: { title: string; status: string; notes: number; updateTime: number; parentId?: string };
}

/** A well-formed record plus what parsing it must give. */
const validRecord: fc.Arbitrary<Built> = fc
  .record({
    id: fc.integer({ min: 1, max: 999_999_999 }),
    idInInfo: fc.boolean(),
    title: fc.option(text, { nil: undefined }),
    titleNull: fc.boolean(),
    status: fc.option(captionEntry('status'), { nil: undefined }),
    priority: fc.option(captionEntry('priority'), { nil: undefined }),
    notes: fc.option(fc.oneof(fc.array(note, { maxLength: 4 }), fc.constant(null)), { nil: undefined }),
    parent: fc.option(fc.oneof(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(0, null, '')), { nil: undefined }),
    version: fc.option(timeValue, { nil: undefined }),
    insert: timeValue,
    update: timeValue,
    extra: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.oneof(text, fc.integer(), fc.constant(null))), { maxLength: 3 }),
  })
  .map((g) => {
    const info: Array<Record<string, unknown>> = [];
    const push = (key: string, value: unknown, valueCaption: unknown = '') => info.push({ key, value, valueClass: '', keyCaption: key, valueCaption });
    if (g.idInInfo) push('id', g.id);
    if (g.title !== undefined) push('title', g.titleNull ? null : g.title);
    if (g.status) info.push(g.status);
    if (g.priority) info.push(g.priority);
    if (g.notes !== undefined) push('notes', g.notes);
    if (g.parent !== undefined) push('parent_link', g.parent);
    if (g.version !== undefined) push('sr_version', g.version);
    push('insert_time', g.insert);
    push('update_time', g.update);
    const extraKeys = new Set<number>();
    for (const [n, value] of g.extra) {
      if (extraKeys.has(n)) continue;
      extraKeys.add(n);
      push(`cust_text${n}`, value);
    }
    const parentId = typeof g.parent === 'number' && g.parent > 0 ? String(g.parent) : undefined;
    return {
      record: { id: String(g.id), info },
      expect: {
        title: g.title === undefined || g.titleNull ? '' : g.title,
        status: g.status && typeof g.status.valueCaption === 'string' ? g.status.valueCaption : '',
        notes: Array.isArray(g.notes) ? g.notes.length : 0,
        updateTime: Number(g.update),
        ...(parentId ? { parentId } : {}),
      },
    };
  });

type Mutation = (record: { id: string; info: Array<Record<string, unknown>> }) => unknown;
const setValue = (key: string, value: unknown): Mutation => (r) => ({
  ...r,
  info: [...r.info.filter((e) => e.key !== key), { key, value, valueCaption: '' }],
});
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<Mutation>(
    () => null,
    () => 'a string',
    (r) => [r],
    (r) => ({ ...r, info: {} }),
    (r) => ({ id: r.id }),
    (r) => ({ ...r, info: [...r.info, 7] }),
    (r) => ({ ...r, info: [...r.info, { value: 'x' }] }),
    (r) => ({ ...r, info: [...r.info, { key: '', value: 'x' }] }),
    (r) => ({ ...r, info: [...r.info, r.info.find((e) => e.key === 'update_time')] }),
    (r) => ({ ...r, info: r.info.filter((e) => e.key !== 'update_time') }),
    (r) => ({ ...r, info: r.info.filter((e) => e.key !== 'insert_time') }),
    (r) => ({ ...r, id: undefined, info: r.info.filter((e) => e.key !== 'id') }),
    (r) => ({ ...r, info: [...r.info.filter((e) => e.key !== 'id'), { key: 'id', value: Number(r.id) + 1 }] }),
    (r) => ({ ...r, info: [...r.info.filter((e) => e.key !== 'status'), { key: 'status', value: 3, valueCaption: 3 }] }),
    (r) => ({ ...r, info: [...r.info.filter((e) => e.key !== 'status'), { key: 'status', value: 3 }] }),
  ),
  fc.constantFrom('0', '-4', 'abc', '1.5', '').map((id): Mutation => (r) => ({ ...r, id })),
  fc.oneof(fc.constant(-1), fc.constant(1.5), text, fc.constant({}), fc.constant(true)).map((v) => setValue('update_time', v)),
  fc.oneof(fc.integer(), fc.constant({}), fc.constant([]), fc.constant(true)).map((v) => setValue('title', v)),
  fc.oneof(fc.integer(), fc.constant({})).map((v) => setValue('notes', v)),
  fc.oneof(fc.constant([{ text: 'PII-x' }]), fc.constant([{ createDate: 'soon', text: 'PII-x' }]), fc.constant([{ createDate: 1, text: 5 }]), fc.constant([{ createDate: 1, text: 'PII-a', userName: 3 }]), fc.constant(['PII-b'])).map((v) => setValue('notes', v)),
  fc.oneof(fc.constant(-3), text, fc.constant(1.5), fc.constant({})).map((v) => setValue('parent_link', v)),
  fc.oneof(fc.constant(-3), text).map((v) => setValue('sr_version', v)),
);

describe('parseTicket (property)', () => {
  it('parses every well-formed record', () => {
    fc.assert(
      fc.property(validRecord, ({ record, expect: wanted }) => {
        const ticket = parseTicket(record);
        expect(ticket.id).toBe(record.id);
        expect(ticket.title).toBe(wanted.title);
        expect(ticket.status).toBe(wanted.status);
        expect(ticket.notes).toHaveLength(wanted.notes);
        expect(ticket.updateTime).toBe(wanted.updateTime);
        expect(ticket.parentId).toBe(wanted.parentId);
        for (let i = 1; i < ticket.notes.length; i += 1) expect(ticket.notes[i - 1]!.createDate).toBeLessThanOrEqual(ticket.notes[i]!.createDate);
      }),
    );
  });

  it('throws MalformedRecordError, naming a field but no value, for every malformed record', () => {
    fc.assert(
      fc.property(validRecord, mutation, ({ record }, mutate) => {
        const broken = mutate(structuredClone(record));
        let thrown: unknown;
        try {
          parseTicket(broken);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(MalformedRecordError);
        const error = thrown as MalformedRecordError;
        expect(error.fieldKey).toMatch(/^[A-Za-z0-9_.-]+$|^\(invalid key\)$/);
        expect(error.message).not.toContain(MARK);
      }),
    );
  });

  it('on arbitrary input either parses or throws MalformedRecordError, nothing else', () => {
    const entry = fc.oneof(
      fc.record({ key: fc.oneof(fc.constantFrom('id', 'title', 'notes', 'status', 'update_time', 'insert_time', 'parent_link', 'sr_version'), fc.string()), value: fc.anything(), valueCaption: fc.anything() }, { requiredKeys: [] }),
      fc.anything(),
    );
    const input = fc.oneof(fc.anything(), fc.record({ id: fc.anything(), info: fc.oneof(fc.array(entry, { maxLength: 8 }), fc.anything()) }, { requiredKeys: [] }));
    fc.assert(
      fc.property(input, (raw) => {
        try {
          const ticket = parseTicket(raw);
          expect(ticket.id).toMatch(/^[1-9]\d*$/);
          expect(Number.isSafeInteger(ticket.updateTime)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedRecordError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
