import { describe, expect, it } from 'vitest';
import { withKnownLinks, type ListedTicket } from '../../shared/sync/withKnownLinks.js';
import type { LinkRow, StateStore } from '../../shared/state/types.js';
import type { Ticket } from '../../shared/sysaid/ticket.js';

const ticket = (id: number): Ticket => ({ id: String(id), updateTime: id }) as Ticket;
const link = (srId: string): LinkRow => ({ srId, state: 'CREATED', workItemId: Number(srId) + 1000, etag: `e${srId}` }) as LinkRow;

async function* listing(n: number): AsyncGenerator<Ticket> {
  for (let i = 1; i <= n; i++) yield ticket(i);
}

describe('withKnownLinks', () => {
  it('pairs every listed ticket with its link, in order, one batched read per batch', async () => {
    const asked: string[][] = [];
    const state = {
      getLinks: (ids: readonly string[]) => {
        asked.push([...ids]);
        return Promise.resolve(new Map(ids.filter((id) => Number(id) % 2 === 0).map((id) => [id, link(id)])));
      },
    } as unknown as StateStore;
    const out: ListedTicket[] = [];
    for await (const item of withKnownLinks(listing(31), state, 14)) out.push(item);
    expect(out.map((o) => o.ticket.id)).toEqual(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    expect(out.map((o) => o.link?.workItemId ?? null)).toEqual(Array.from({ length: 31 }, (_, i) => ((i + 1) % 2 === 0 ? i + 1001 : null)));
    expect(asked.map((ids) => ids.length)).toEqual([14, 14, 3]);
  });

  it('reads nothing for an empty listing', async () => {
    const state = { getLinks: () => Promise.reject(new Error('no read expected')) } as unknown as StateStore;
    for await (const _ of withKnownLinks(listing(0), state)) throw new Error('no item expected');
  });
});
