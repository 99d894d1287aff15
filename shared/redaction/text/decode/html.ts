import { Builder, type Pass } from './builder.js';

// HTML's own tags (and Office's namespaced ones: o:p, w:WordDocument): "<luana.li@x.org>" is an address
const TAG = /<!--|<(\/?)((?:p|br|div|span|b|i|u|s|strong|em|table|tbody|thead|tfoot|tr|td|th|li|ul|ol|a|font|h[1-6]|html|body|head|title|style|script|meta|link|img|hr|pre|code|blockquote|center|small|big|sup|sub|section|article|header|footer|nav|dl|dt|dd|label|caption|col|colgroup|xml|[a-z]{1,3}:[a-z][\w]{0,30}))(?=[\s/>])[^<>]{0,2000}>/gi;
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre', 'title', 'body', 'html', 'head', 'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl']);
const CELL = new Set(['td', 'th']);
const ROW = new Set(['tr', 'table', 'tbody', 'thead', 'tfoot']);
const HIDDEN = new Set(['style', 'script', 'head', 'title', 'xml']);
const ENTITY = /&(?:(nbsp|amp|lt|gt|quot|apos|ndash|mdash|rsquo|lsquo|rdquo|ldquo|hellip|middot|bull)|#(\d{1,6})|#x([0-9a-fA-F]{1,5}));/y;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', middot: '·', bull: '•' };

/** Entities decoded in text[a, b). */
function entities(text: string, a: number, b: number, out: Builder): void {
  let at = a;
  for (let i = text.indexOf('&', a); i !== -1 && i < b; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (!m || i + m[0].length > b) continue;
    out.copy(text, at, i);
    const code = m[2] ? Number(m[2]) : m[3] ? parseInt(m[3], 16) : -1;
    const ch = m[1] ? (NAMED[m[1].toLowerCase()] ?? ' ') : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    out.put(ch, i, i + m[0].length);
    at = i + m[0].length;
    i = at - 1;
  }
  out.copy(text, at, b);
}

const ATTRIBUTE = /\b(?:href|src|title|alt|value|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/** The values of a tag's text-bearing attributes, each between spaces, at their own places. */
function attributes(tag: string, at: number, b: Builder): void {
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (!value) continue;
    const start = at + m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
    b.put(' ', start, start);
    b.copy(tag, start - at, start - at + value.length, at);
    b.put(' ', start + value.length, start + value.length);
  }
}

/**
 * HTML: tags dropped (block tags become line breaks, a table's rows lines and its cells tabs, as a
 * pasted table reads), entities decoded, style and script dropped. White space with a line break
 * between tags is the source's layout, not the page's: it is dropped.
 */
export function html(text: string): Pass {
  const b = new Builder();
  let at = 0;
  let hidden = '';
  let cells = 0;
  const between = (end: number) => {
    if (hidden || at >= end) return;
    const gap = text.slice(at, end);
    if (gap.trim() === '' && gap.includes('\n')) return;
    entities(text, at, end, b);
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    // a comment runs to its close (found by indexOf: linear however many open ones there are)
    const end = m[0] === '<!--' ? text.indexOf('-->', m.index + 4) : m.index + m[0].length;
    if (end === -1) break;
    between(m.index);
    at = m[0] === '<!--' ? end + 3 : end;
    TAG.lastIndex = at;
    if (m[0] === '<!--') continue;
    if (hidden) {
      if (closing && name === hidden) hidden = '';
      continue;
    }
    // a link's target or an image's text is text too ("mailto:ana@x.org", a portal link with a patient id)
    if (!closing && m[0].includes('=')) attributes(m[0], m.index, b);
    if (!closing && HIDDEN.has(name) && !m[0].endsWith('/>')) hidden = name;
    else if (ROW.has(name)) {
      // one line per row, however many tags close and open it
      cells = 0;
      if (b.last !== '\n') b.put('\n', m.index, at);
    } else if (BLOCK.has(name)) b.put('\n', m.index, at);
    else if (CELL.has(name) && !closing && cells++ > 0) b.put('\t', m.index, at);
  }
  between(text.length);
  return { text: b.text, from: b.from, to: b.to };
}
