import type { PiiType, Span } from './types.js';

/** A final redaction: a stretch of one field, its type, and the text that identifies its value. */
export interface Resolved {
  start: number;
  end: number;
  type: PiiType;
  /** Identity for numbering: the winning detection's key, or its own text. */
  key: string;
}

/**
 * Clips detections to their field and merges overlapping ones into one span (union: a partial
 * overlap widens the redaction rather than letting a piece through). The merged span takes the
 * type and identity of its highest-priority member (then the longest).
 */
export function resolveSpans(text: string, spans: readonly Span[], fields: readonly { start: number; end: number }[]): Resolved[] {
  const clipped: (Span & { field: number })[] = [];
  for (const s of spans) {
    for (let field = 0; field < fields.length; field++) {
      const f = fields[field] as { start: number; end: number };
      if (s.end <= f.start || s.start >= f.end) continue;
      const start = s.start > f.start ? s.start : f.start;
      const end = s.end < f.end ? s.end : f.end;
      clipped.push({ start, end, type: s.type, priority: s.priority, key: s.key, field });
    }
  }
  clipped.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Resolved[] = [];
  let start = -1;
  let end = -1;
  let field = -1;
  let winner: Span | undefined;
  // (no closure for the emitting: built per call, esbuild's keepNames would name each one at run time)
  for (const s of clipped) {
    if (winner && s.start < end && s.field === field) {
      end = Math.max(end, s.end);
      if (s.priority > winner.priority || (s.priority === winner.priority && s.end - s.start > winner.end - winner.start)) winner = s;
      continue;
    }
    if (winner) out.push(resolved(text, start, end, winner));
    start = s.start;
    end = s.end;
    field = s.field;
    winner = s;
  }
  if (winner) out.push(resolved(text, start, end, winner));
  return out;
}

/** The merged span [start, end) under its winning detection. */
function resolved(text: string, start: number, end: number, winner: Span): Resolved {
  return { start, end, type: winner.type, key: winner.key ?? text.slice(winner.start, winner.end) };
}
