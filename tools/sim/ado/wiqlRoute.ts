import { checkProject, queryParam, type HandlerInput, type Reply, type SimContext } from './simContext.js';
import { errors } from './simError.js';
import { evaluate, fieldValue, parseWiql } from './wiql.js';

/** `POST [{project}/[{team}/]]_apis/wit/wiql` with `{query}`: ids only, as ADO answers. */
export function queryByWiql(ctx: SimContext, project: string | undefined, input: HandlerInput): Reply {
  checkProject(ctx, project);
  const query = (input.body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.trim() === '') throw errors.badRequest('VS403372: The "query" property is required.');
  const parsed = parseWiql(query, ctx.catalog, project === undefined ? undefined : ctx.project);
  const top = Number(queryParam(input.query, '$top') ?? Number.MAX_SAFE_INTEGER);
  const sort = parsed.orderBy.length > 0 ? parsed.orderBy : [{ field: 'System.Id', descending: false }];
  const matches = ctx.store
    .all()
    .filter((item) => evaluate(parsed.where, item))
    .sort((a, b) => {
      for (const { field, descending } of sort) {
        const c = compare(fieldValue(a, field), fieldValue(b, field));
        if (c !== 0) return descending ? -c : c;
      }
      return a.id - b.id;
    })
    .slice(0, top);
  const column = (ref: string) => ({ referenceName: ref, name: ctx.catalog.displayName(ref), url: `${ctx.orgUrl}/_apis/wit/fields/${ref}` });
  return {
    status: 200,
    body: {
      queryType: 'flat',
      queryResultType: 'workItem',
      asOf: new Date().toISOString(),
      columns: parsed.columns.map(column),
      sortColumns: parsed.orderBy.map((o) => ({ field: column(o.field), descending: o.descending })),
      workItems: matches.map((item) => ({ id: item.id, url: `${ctx.orgUrl}/_apis/wit/workItems/${item.id}` })),
    },
  };
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return JSON.stringify(a).localeCompare(JSON.stringify(b));
}
