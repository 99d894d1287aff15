import { describe, expect, it } from 'vitest';
import { parseListedTicket } from '../../shared/sysaid/parseListedTicket.js';
import { MalformedRecordError } from '../../shared/sysaid/MalformedRecordError.js';

const record = (info: Array<Record<string, unknown>>) => ({ id: '77', info });

describe('parseListedTicket', () => {
  it('parses a good record like parseTicket', () => {
    const ticket = parseListedTicket(record([
      { key: 'id', value: 77 },
      { key: 'title', value: 'Printer' },
      { key: 'insert_time', value: 5 },
      { key: 'update_time', value: 9 },
    ]));
    expect(ticket).toMatchObject({ id: '77', title: 'Printer', updateTime: 9 });
    expect(ticket.invalid).toBeUndefined();
  });

  it('turns a malformed record with id and update_time into an invalid placeholder without its text', () => {
    const ticket = parseListedTicket(record([
      { key: 'id', value: 77 },
      { key: 'title', value: 12345 },
      { key: 'description', value: 'secret text' },
      { key: 'insert_time', value: 5 },
      { key: 'update_time', value: '9' },
    ]));
    expect(ticket).toMatchObject({ id: '77', updateTime: 9, invalid: true, title: '', description: '' });
  });

  it('still throws when the record cannot even be paged past', () => {
    expect(() => parseListedTicket(record([{ key: 'id', value: 77 }, { key: 'title', value: 1 }]))).toThrow(MalformedRecordError);
    expect(() => parseListedTicket('nonsense')).toThrow(MalformedRecordError);
  });
});
