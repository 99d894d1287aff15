import type { RedactionResult, Redactor } from '../sync/ports.js';
import { Budget } from './budget.js';
import { Doc } from './doc.js';
import { runDetectors } from './pipeline.js';
import { nameLexicon } from './names/nameLexicon.js';
import { Placeholders } from './placeholders.js';
import { isCommonWord } from './text/englishLexicon.js';
import { RedactionError } from './RedactionError.js';
import { resolveSpans } from './spans.js';
import { maskZpl } from './text/maskZpl.js';
import { plainView } from './text/plainView.js';
import { DEFAULT_INTERNAL_CIDRS, NetworkAllowList } from './validators/networkAllowList.js';

export interface RedactorOptions {
  /** The organisation's DNS domains: host names under them are kept. */
  internalDomains?: string[];
  /** The organisation's address ranges: server IPs in them are kept. Default: private, loopback, link-local. */
  internalCidrs?: string[];
  /** Time allowed per ticket when the caller gives none (default 2000 ms). */
  budgetMs?: number;
}

const FIELD_SEPARATOR = '\n\n';

/**
 * The redaction module: every field of a ticket is redacted together, so placeholders agree across
 * fields. Fails closed: any error or an exceeded budget throws a RedactionError (a code, no content).
 * Logs nothing.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const network = new NetworkAllowList(options.internalDomains ?? [], options.internalCidrs ?? DEFAULT_INTERNAL_CIDRS);
  const defaultBudget = options.budgetMs ?? 2000;
  return {
    redact(fields: Record<string, string>, redactOptions?: { budgetMs?: number }): RedactionResult {
      if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new RedactionError('INVALID_INPUT');
      const keys = Object.keys(fields);
      for (const k of keys) if (typeof fields[k] !== 'string') throw new RedactionError('INVALID_INPUT');
      try {
        // word lists load once, on first use; that one-off cost is not charged to a ticket's budget
        nameLexicon();
        isCommonWord('a');
        const budget = new Budget(redactOptions?.budgetMs ?? defaultBudget);
        const ranges: { start: number; end: number }[] = [];
        let text = '';
        for (const k of keys) {
          if (text) text += FIELD_SEPARATOR;
          ranges.push({ start: text.length, end: text.length + (fields[k] as string).length });
          text += fields[k];
        }
        // detectors read label code as the form it prints (same offsets) and encoded text (HTML,
        // form posts, quoted-printable, JSON escapes) decoded; the output is cut from `text`
        const masked = maskZpl(text);
        const view = plainView(masked);
        const doc = new Doc(view?.text ?? masked, view ? view.fields(ranges) : ranges, budget, network);
        runDetectors(doc);
        const resolved = resolveSpans(text, view ? view.toOriginal(doc.spans) : doc.spans, ranges);
        budget.check();
        const placeholders = new Placeholders();
        const counts: Record<string, number> = {};
        const out: Record<string, string> = {};
        let next = 0;
        keys.forEach((k, i) => {
          const range = ranges[i] as { start: number; end: number };
          let result = '';
          let pos = range.start;
          while (next < resolved.length && (resolved[next]?.start ?? Infinity) < range.end) {
            const r = resolved[next++];
            if (!r) break;
            result += text.slice(pos, r.start) + placeholders.for(r.type, r.key);
            counts[r.type] = (counts[r.type] ?? 0) + 1;
            pos = r.end;
          }
          out[k] = result + text.slice(pos, range.end);
        });
        return { fields: out, counts };
      } catch (error) {
        if (error instanceof RedactionError) throw error;
        throw new RedactionError('INTERNAL');
      }
    },
  };
}
