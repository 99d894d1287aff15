import { SysAidError } from './SysAidError.js';
import type { Ticket } from './ticket.js';

/** Pages in a row without a new record before the listing gives up. */
const MAX_IDLE_PAGES = 50;

/** The two queries the listing needs; raw records come back unparsed. */
export interface ChangedPages {
  /** `update_time=<from>,<to>&sort=update_time&dir=asc`; 'refused' when SysAid rejects the filter (400). */
  ascending(fromMs: number, toMs: number, offset: number, limit: number): Promise<unknown[] | 'refused'>;
  /** `sort=update_time&dir=desc`, no filter. */
  descending(offset: number, limit: number): Promise<unknown[]>;
}

export interface ListOptions {
  pageSize: number;
  parse(raw: unknown): Ticket;
  /** Called once when SysAid refuses the update_time filter, so later runs skip straight to the fallback. */
  onRefused(): void;
  filterRefused: boolean;
}

/**
 * Every SR with update_time in [fromMs, toMs], ascending by update_time then id, without gaps.
 *
 * Keyset paging: each page asks from the last update_time seen and skips ids already yielded
 * at that time. Inside a run of equal times longer than a page it adds an offset (the place of
 * the last record read) and checks that the page starts with a record already seen; if not,
 * records left the run meanwhile, so it steps back. A record that changes while being paged
 * moves to a later time and is met again there (a duplicate, never a gap) or leaves the range
 * (for the next run). Assumes SysAid orders equal update_times the same way on every request,
 * and that `toMs` lies in the past, so no record joins a run inside the range meanwhile.
 */
export async function* listChangedTickets(pages: ChangedPages, fromMs: number, toMs: number, options: ListOptions): AsyncGenerator<Ticket> {
  if (toMs < fromMs || toMs <= 0) return;
  if (options.filterRefused) {
    yield* descendingFallback(pages, fromMs, toMs, options, undefined);
    return;
  }
  let cursor = fromMs;
  let seen = new Set<string>();
  let offset = 0;
  let idlePages = 0;
  const stalled = () => {
    idlePages += 1;
    if (idlePages > MAX_IDLE_PAGES) throw new SysAidError('PAGING_STALLED', 'SysAid paging made no progress (equal update_time values kept reordering)');
  };
  for (;;) {
    const page = await pages.ascending(cursor, toMs, offset, options.pageSize);
    if (page === 'refused') {
      options.onRefused();
      yield* descendingFallback(pages, cursor, toMs, options, { time: cursor, ids: seen });
      return;
    }
    const parsed = page.map((raw) => options.parse(raw));
    if (parsed.some((ticket) => ticket.updateTime < cursor)) {
      // SysAid ignored the filter instead of refusing it: same remedy.
      options.onRefused();
      yield* descendingFallback(pages, cursor, toMs, options, { time: cursor, ids: seen });
      return;
    }
    if (offset > 0) {
      // Within a long run the page must start with a record already seen; else some left the run.
      const first = parsed[0];
      if (!first || first.updateTime !== cursor || !seen.has(first.id)) {
        offset = Math.max(0, offset - options.pageSize);
        stalled();
        continue;
      }
    }
    const pageCursor = cursor;
    let runStart = 0;
    let yielded = false;
    for (const [index, ticket] of parsed.entries()) {
      if (ticket.updateTime < cursor || ticket.updateTime > toMs) continue;
      if (ticket.updateTime === cursor) {
        if (seen.has(ticket.id)) continue;
      } else {
        cursor = ticket.updateTime;
        seen = new Set();
        runStart = index;
      }
      seen.add(ticket.id);
      yielded = true;
      yield ticket;
    }
    if (page.length < options.pageSize || (parsed.at(-1)?.updateTime ?? 0) > toMs) return;
    if (yielded) idlePages = 0;
    else stalled();
    // Next page starts at the last record of this one: its place in the run at `cursor`.
    offset = (cursor === pageCursor ? offset : 0) + (parsed.length - 1 - runStart);
  }
}

/**
 * Without the filter: newest first with offset paging until older than fromMs, then one more
 * look at the top for records that changed during the pass; yielded ascending.
 */
async function* descendingFallback(
  pages: ChangedPages,
  fromMs: number,
  toMs: number,
  options: ListOptions,
  skip: { time: number; ids: Set<string> } | undefined,
): AsyncGenerator<Ticket> {
  const found = new Map<string, Ticket>();
  const keep = (ticket: Ticket) => {
    if (ticket.updateTime < fromMs || ticket.updateTime > toMs) return;
    if (skip && ticket.updateTime === skip.time && skip.ids.has(ticket.id)) return;
    const known = found.get(ticket.id);
    if (!known || known.updateTime < ticket.updateTime) found.set(ticket.id, ticket);
  };
  let newestAtStart: number | undefined;
  for (let offset = 0; ; ) {
    const page = (await pages.descending(offset, options.pageSize)).map((raw) => options.parse(raw));
    newestAtStart ??= page[0]?.updateTime;
    let older = false;
    for (const ticket of page) {
      if (ticket.updateTime < fromMs) {
        older = true;
        break;
      }
      keep(ticket);
    }
    if (older || page.length < options.pageSize) break;
    offset += page.length;
  }
  // Records changed during the pass jumped to the top, past the offsets already read.
  if (newestAtStart !== undefined && newestAtStart <= toMs) {
    for (let offset = 0; ; ) {
      const page = (await pages.descending(offset, options.pageSize)).map((raw) => options.parse(raw));
      const fresh = page.filter((ticket) => ticket.updateTime > newestAtStart);
      fresh.forEach(keep);
      if (fresh.length < page.length || page.length < options.pageSize) break;
      offset += page.length;
    }
  }
  yield* [...found.values()].sort((a, b) => a.updateTime - b.updateTime || Number(a.id) - Number(b.id));
}
