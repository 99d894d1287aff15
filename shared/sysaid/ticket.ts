/** A SysAid Service Request as the product uses it, parsed from the API's `info` array. */
export interface Ticket {
  /** SysAid's id, as a decimal string ("1273"). */
  id: string;
  title: string;
  description: string;
  /** Free-text notes, oldest first. */
  notes: TicketNote[];
  /** Display captions of list fields (valueCaption), e.g. "Open", "High". Empty when unset. */
  status: string;
  priority: string;
  urgency: string;
  /** Parent SR id, when the SR has one. */
  parentId?: string;
  /** Epoch milliseconds, UTC. */
  insertTime: number;
  updateTime: number;
  /** SysAid's record version, when the API or a webhook reports it. */
  srVersion?: number;
  /** Other text fields the field map may send to ADO (e.g. cust_text1), by SysAid key. */
  extraText: Record<string, string>;
  /**
   * Set on a listed record that failed validation: only `id` and `updateTime` mean anything.
   * The sync reads such an SR again on its own, so it fails (and is recorded) by itself
   * instead of stopping the whole listing.
   */
  invalid?: true;
}

export interface TicketNote {
  userName: string;
  createDate: number;
  text: string;
}
