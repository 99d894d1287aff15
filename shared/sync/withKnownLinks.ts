import type { LinkRow, StateStore } from '../state/types.js';
import type { Ticket } from '../sysaid/ticket.js';

export interface ListedTicket {
  ticket: Ticket;
  /** The link row as read just before the SR's turn (null: none); a conflict later re-reads it. */
  link: LinkRow | null;
}

/**
 * Pairs each listed ticket with its link row, read `batch` at a time in one query instead of
 * one read per SR. A row that changes between this read and the SR's turn is harmless: every
 * write is conditional (insert, If-Match, `test /rev`), and a lost condition re-reads.
 */
export async function* withKnownLinks(tickets: AsyncIterable<Ticket>, state: StateStore, batch = 14): AsyncGenerator<ListedTicket> {
  let buffered: Ticket[] = [];
  const flush = async function* (): AsyncGenerator<ListedTicket> {
    const links = await state.getLinks(buffered.map((t) => t.id));
    for (const ticket of buffered) yield { ticket, link: links.get(ticket.id) ?? null };
    buffered = [];
  };
  for await (const ticket of tickets) {
    buffered.push(ticket);
    if (buffered.length >= batch) yield* flush();
  }
  if (buffered.length > 0) yield* flush();
}
