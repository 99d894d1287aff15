import type { FieldCatalog } from './fieldCatalog.js';
import { errors } from './simError.js';
import type { StoredWorkItem } from './types.js';

/**
 * The WIQL the product needs: `SELECT [f], ... FROM WorkItems [WHERE cond] [ORDER BY [f] [ASC|DESC], ...]`
 * where cond combines `[f] = v`, `[f] <> v`, `[f] CONTAINS 'x'`, `[f] IN (...)` with AND, OR and parentheses;
 * values are 'strings' ('' escapes a quote), numbers or @project. String comparisons ignore case, as ADO's do.
 * CONTAINS is a substring match, on tags too, so callers must filter exact tags themselves.
 */
export interface WiqlQuery {
  columns: string[];
  where: Condition | undefined;
  orderBy: { field: string; descending: boolean }[];
}

type Value = string | number;
export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; field: string; operator: '=' | '<>' | 'contains' | 'not contains' | 'in'; values: Value[] };

type Token = { type: 'field' | 'string' | 'number' | 'word' | 'symbol' | 'macro'; text: string };

export function parseWiql(query: string, catalog: FieldCatalog, project: string | undefined): WiqlQuery {
  const parser = new Parser(tokenize(query), catalog, project);
  return parser.query();
}

export function evaluate(condition: Condition | undefined, item: StoredWorkItem): boolean {
  if (!condition) return true;
  if (condition.kind !== 'compare') {
    return condition.kind === 'and'
      ? evaluate(condition.left, item) && evaluate(condition.right, item)
      : evaluate(condition.left, item) || evaluate(condition.right, item);
  }
  const actual = fieldValue(item, condition.field);
  switch (condition.operator) {
    case '=':
      return equals(actual, condition.values[0]);
    case '<>':
      return !equals(actual, condition.values[0]);
    case 'in':
      return condition.values.some((v) => equals(actual, v));
    case 'contains':
      return text(actual).includes(text(condition.values[0]));
    case 'not contains':
      return !text(actual).includes(text(condition.values[0]));
  }
}

export function fieldValue(item: StoredWorkItem, field: string): unknown {
  if (field === 'System.Id') return item.id;
  if (field === 'System.Rev') return item.rev;
  return item.fields[field];
}

function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).toLowerCase();
  if (value && typeof value === 'object') return text((value as { displayName?: unknown }).displayName);
  return '';
}

function equals(actual: unknown, expected: Value | undefined): boolean {
  if (typeof expected === 'number') return Number(actual) === expected;
  return text(actual) === text(expected);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '[') {
      const end = query.indexOf(']', i);
      if (end < 0) throw syntax();
      tokens.push({ type: 'field', text: query.slice(i + 1, end).trim() });
      i = end + 1;
    } else if (c === "'" || c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= query.length) throw syntax();
        if (query[i] === c && query[i + 1] === c) {
          value += c;
          i += 2;
        } else if (query[i] === c) {
          i++;
          break;
        } else value += query[i++];
      }
      tokens.push({ type: 'string', text: value });
    } else if (c === '<' && query[i + 1] === '>') {
      tokens.push({ type: 'symbol', text: '<>' });
      i += 2;
    } else if ('=(),'.includes(c)) {
      tokens.push({ type: 'symbol', text: c });
      i++;
    } else {
      const match = /^(@?[A-Za-z_][\w.]*|-?\d+(\.\d+)?)/.exec(query.slice(i));
      if (!match) throw syntax();
      const word = match[0];
      tokens.push({ type: word.startsWith('@') ? 'macro' : /^-?\d/.test(word) ? 'number' : 'word', text: word });
      i += word.length;
    }
  }
  return tokens;
}

function syntax(detail = 'Expecting a valid WIQL query.'): Error {
  return errors.badRequest(`TF51006: The query statement is not valid. ${detail}`, 'WorkItemTrackingQueryException');
}

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly catalog: FieldCatalog,
    private readonly project: string | undefined,
  ) {}

  query(): WiqlQuery {
    this.keyword('select');
    const columns = [this.field()];
    while (this.symbolIf(',')) columns.push(this.field());
    this.keyword('from');
    const source = this.next();
    if (source.type !== 'word' || source.text.toLowerCase() !== 'workitems') throw syntax('Only FROM WorkItems is supported.');
    let where: Condition | undefined;
    if (this.keywordIf('where')) where = this.or();
    const orderBy: WiqlQuery['orderBy'] = [];
    if (this.keywordIf('order')) {
      this.keyword('by');
      do {
        const field = this.field();
        const descending = this.keywordIf('desc');
        if (!descending) this.keywordIf('asc');
        orderBy.push({ field, descending });
      } while (this.symbolIf(','));
    }
    if (this.pos < this.tokens.length) throw syntax(`Unexpected '${this.tokens[this.pos]!.text}'.`);
    return { columns, where, orderBy };
  }

  private or(): Condition {
    let left = this.and();
    while (this.keywordIf('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): Condition {
    let left = this.primary();
    while (this.keywordIf('and')) left = { kind: 'and', left, right: this.primary() };
    return left;
  }

  private primary(): Condition {
    if (this.symbolIf('(')) {
      const inner = this.or();
      this.symbol(')');
      return inner;
    }
    const field = this.field();
    if (this.symbolIf('=')) return { kind: 'compare', field, operator: '=', values: [this.value()] };
    if (this.symbolIf('<>')) return { kind: 'compare', field, operator: '<>', values: [this.value()] };
    if (this.keywordIf('contains')) return { kind: 'compare', field, operator: 'contains', values: [this.value()] };
    if (this.keywordIf('not')) {
      this.keyword('contains');
      return { kind: 'compare', field, operator: 'not contains', values: [this.value()] };
    }
    if (this.keywordIf('in')) {
      this.symbol('(');
      const values = [this.value()];
      while (this.symbolIf(',')) values.push(this.value());
      this.symbol(')');
      return { kind: 'compare', field, operator: 'in', values };
    }
    throw syntax('Unsupported operator.');
  }

  private field(): string {
    const token = this.next();
    if (token.type !== 'field' && token.type !== 'word') throw syntax('Expecting a field name.');
    const ref = this.catalog.resolve(token.text);
    if (!ref) {
      throw errors.badRequest(
        `TF51005: The query references a field that does not exist. The error is caused by «${token.text}».`,
        'WorkItemTrackingQueryException',
      );
    }
    return ref;
  }

  private value(): Value {
    const token = this.next();
    if (token.type === 'string') return token.text;
    if (token.type === 'number') return Number(token.text);
    if (token.type === 'macro' && token.text.toLowerCase() === '@project') {
      if (!this.project) throw syntax('@project needs a project in the URL.');
      return this.project;
    }
    throw syntax('Expecting a value.');
  }

  private next(): Token {
    const token = this.tokens[this.pos++];
    if (!token) throw syntax('Unexpected end of query.');
    return token;
  }

  private keyword(word: string): void {
    if (!this.keywordIf(word)) throw syntax(`Expecting ${word.toUpperCase()}.`);
  }

  private keywordIf(word: string): boolean {
    const token = this.tokens[this.pos];
    if (token?.type === 'word' && token.text.toLowerCase() === word) {
      this.pos++;
      return true;
    }
    return false;
  }

  private symbol(symbol: string): void {
    if (!this.symbolIf(symbol)) throw syntax(`Expecting '${symbol}'.`);
  }

  private symbolIf(symbol: string): boolean {
    const token = this.tokens[this.pos];
    if (token?.type === 'symbol' && token.text === symbol) {
      this.pos++;
      return true;
    }
    return false;
  }
}
