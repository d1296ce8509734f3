import { isValidDate, invalid } from './validation';
import { SqlParams } from './sql-params';

/** react-admin's list request (`ra-data-simple-rest`): filter, sort and range, validated. */
export interface ListParams {
  filter: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  range: { offset: number; limit: number };
}

export const MAX_PAGE = 5000;

function parseJson(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw invalid({ [name]: 'Formato no válido' });
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid({ [name]: 'Debe ser JSON válido' });
  }
}

export function parseListParams(query: Record<string, unknown>): ListParams {
  const filter = parseJson(query.filter, 'filter') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw invalid({ filter: 'Debe ser un objeto JSON' });
  const sort = parseJson(query.sort, 'sort');
  if (sort !== undefined && !(Array.isArray(sort) && sort.length === 2 && typeof sort[0] === 'string' && ['ASC', 'DESC'].includes(String(sort[1]).toUpperCase()))) {
    throw invalid({ sort: 'Debe ser ["campo","ASC"] o ["campo","DESC"]' });
  }
  const range = parseJson(query.range, 'range') ?? [0, 24];
  if (!(Array.isArray(range) && range.length === 2 && range.every((n) => Number.isSafeInteger(n) && n >= 0) && range[1] >= range[0])) {
    throw invalid({ range: 'Debe ser [inicio, fin] con enteros no negativos' });
  }
  const limit = range[1] - range[0] + 1;
  if (limit > MAX_PAGE) throw invalid({ range: `Se pueden pedir como máximo ${MAX_PAGE} registros por página` });
  return {
    filter: filter as Record<string, unknown>,
    sort: sort ? { field: sort[0] as string, order: String(sort[1]).toUpperCase() as 'ASC' | 'DESC' } : undefined,
    range: { offset: range[0], limit },
  };
}

export type FieldType = 'uuid' | 'text' | 'int' | 'number' | 'bool' | 'date' | 'timestamp';

export interface FilterField {
  /** SQL expression compared with the value. */
  expr: string;
  type: FieldType;
  /** Allowed values for enumerations. */
  values?: readonly string[];
  /** Accept `field_gte` and `field_lte` as well. */
  range?: boolean;
}

/** A filter whose SQL is not a plain comparison; returns the condition. */
export type CustomFilter = (value: unknown, params: SqlParams) => string;

export interface ListSpec {
  /** `FROM …` clause (without the keyword), joins included. */
  from: string;
  /** Select list producing the response's fields; a function when it needs parameters of its own. */
  select: string | ((p: SqlParams) => string);
  /** Joins only the page needs (for the select list), left out of the count. */
  pageJoins?: string;
  filters: Record<string, FilterField>;
  custom?: Record<string, CustomFilter>;
  /** Expression searched with ILIKE by the `q` filter. */
  search?: string;
  sorts: Record<string, string>;
  /**
   * Sorts whose expression is never NULL: ordered without `NULLS LAST`, so that one ascending index
   * serves both directions (read backwards for DESC).
   */
  notNullSorts?: readonly string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** Unique expression that makes the order total, so that pages never overlap. */
  tieBreaker: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const typeMessages: Record<FieldType, string> = {
  uuid: 'Debe ser un identificador válido',
  text: 'Debe ser texto',
  int: 'Debe ser un número entero',
  number: 'Debe ser un número',
  bool: 'Debe ser verdadero o falso',
  date: 'Debe ser una fecha AAAA-MM-DD',
  timestamp: 'Debe ser una fecha y hora ISO-8601',
};

function coerce(field: string, def: FilterField, value: unknown): unknown {
  const ok = (() => {
    switch (def.type) {
      case 'uuid': return typeof value === 'string' && UUID.test(value);
      case 'text': return typeof value === 'string' && value.length <= 300 && (!def.values || def.values.includes(value));
      case 'int': return Number.isInteger(typeof value === 'string' ? Number(value) : value) && value !== '';
      case 'number': return value !== '' && value !== null && Number.isFinite(Number(value));
      case 'bool': return typeof value === 'boolean' || value === 'true' || value === 'false';
      case 'date': return isValidDate(value);
      case 'timestamp': return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    }
  })();
  if (!ok) throw invalid({ [field]: def.values ? `Debe ser uno de: ${def.values.join(', ')}` : typeMessages[def.type] });
  if (def.type === 'int' || def.type === 'number') return Number(value);
  if (def.type === 'bool') return value === true || value === 'true';
  return value;
}

const COMPARATORS: Record<string, string> = { gte: '>=', lte: '<=', gt: '>', lt: '<' };

/**
 * The spec's own entry for a key the client chose, never one inherited from `Object.prototype`
 * (`constructor`, `__proto__`, `toString`…): client keys are hostile.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Builds the WHERE conditions of a list from react-admin's filter object. */
export function whereOf(spec: ListSpec, filter: Record<string, unknown>, params: SqlParams): string[] {
  const where: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'q') {
      if (!spec.search) throw invalid({ q: 'Este listado no admite búsqueda de texto' });
      if (typeof value !== 'string') throw invalid({ q: 'Debe ser texto' });
      const pattern = `%${value.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`${spec.search} ILIKE ${params.add(pattern)}`);
      continue;
    }
    const custom = own(spec.custom, key);
    if (custom) {
      where.push(custom(value, params));
      continue;
    }
    const match = /^(.*)_(gte|lte|gt|lt)$/.exec(key);
    const exact = own(spec.filters, key);
    const ranged = match ? own(spec.filters, match[1]) : undefined;
    const def = exact ?? (ranged?.range ? ranged : undefined);
    if (!def) throw invalid({ [key]: 'Filtro desconocido' });
    if (match && !exact) {
      where.push(`${def.expr} ${COMPARATORS[match[2]]} ${params.add(coerce(key, def, value))}`);
    } else if (Array.isArray(value)) {
      if (value.length === 0) { where.push('false'); continue; }
      if (value.length > MAX_PAGE) throw invalid({ [key]: `Admite como máximo ${MAX_PAGE} valores` });
      const castTo = { uuid: 'uuid[]', text: 'text[]', int: 'int[]', number: 'numeric[]', bool: 'boolean[]', date: 'date[]', timestamp: 'timestamptz[]' }[def.type];
      where.push(`${def.expr} = ANY(${params.add(value.map((v) => coerce(key, def, v)))}::${castTo})`);
    } else {
      where.push(`${def.expr} = ${params.add(coerce(key, def, value))}`);
    }
  }
  return where;
}

/**
 * The ORDER BY of a list. `id` where ids have no order of their own is react-admin's default sort
 * (a reference picker, a list opened without one): it gets the list's natural order.
 */
export function orderOf(spec: ListSpec, sort: ListParams['sort']): string {
  const wanted = !sort || (sort.field === 'id' && !own(spec.sorts, 'id')) ? spec.defaultSort : sort;
  const expr = own(spec.sorts, wanted.field);
  if (!expr) throw invalid({ sort: `No se puede ordenar por «${wanted.field}»` });
  const nulls = spec.notNullSorts?.includes(wanted.field) ? '' : ' NULLS LAST';
  return `${expr} ${wanted.order}${nulls}, ${spec.tieBreaker} ${wanted.order}`;
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}

/** SELECT of the spec's rows under the given conditions (no order or limit). */
export function selectSql(spec: ListSpec, where: string[], params: SqlParams): string {
  return `SELECT ${selectOf(spec, params)} FROM ${spec.from} ${spec.pageJoins ?? ''} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
}

const selectOf = (spec: ListSpec, params: SqlParams) => (typeof spec.select === 'function' ? spec.select(params) : spec.select);

function safeInteger(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Not a page bound: ${n}`);
  return n;
}

/** The alias of a spec whose `from` is one aliased table (`agreements a` → `a`): required with `pageJoins`. */
function aliasOf(spec: ListSpec): string {
  const match = /^\s*\w+\s+(\w+)\s*$/.exec(spec.from);
  if (!match) throw new Error(`A list with pageJoins needs one aliased table in from: «${spec.from}»`);
  return match[1];
}

/** Column of the page statement carrying the list's total, taken off the rows before they are answered. */
export const TOTAL_COLUMN = '__total';

/**
 * Runs the page and its total as one statement (the count as an uncorrelated subquery, evaluated
 * once): one round trip, one pool connection and one snapshot. Only a page past the end, which has
 * no row to carry the total, costs a second statement.
 */
export async function runList<T>(
  db: { query<R>(sql: string, params?: unknown[]): Promise<R> },
  spec: ListSpec,
  list: ListParams,
  params: SqlParams,
  scope: string[] = [],
): Promise<Page<T>> {
  const where = [...scope, ...whereOf(spec, list.filter, params)];
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const countSql = `SELECT count(*)::int AS total FROM ${spec.from} ${whereSql}`;
  const countValues = [...params.values];
  const order = orderOf(spec, list.sort);
  // Written out, not bound: with a bound LIMIT the planner misjudges the rows and re-plans the page on
  // every execution instead of reusing the prepared plan (both are safe integers, checked above).
  const limit = `LIMIT ${safeInteger(list.range.limit)} OFFSET ${safeInteger(list.range.offset)}`;
  const select = `${selectOf(spec, params)}, (${countSql}) AS ${TOTAL_COLUMN}`;
  // With page-only joins, cut the page from the table first and join only its rows.
  const pageSql = spec.pageJoins
    ? `SELECT ${select} FROM (SELECT ${aliasOf(spec)}.* FROM ${spec.from} ${whereSql} ORDER BY ${order} ${limit}) ${aliasOf(spec)} ${spec.pageJoins} ORDER BY ${order}`
    : `SELECT ${select} FROM ${spec.from} ${whereSql} ORDER BY ${order} ${limit}`;
  const rows = await db.query<(T & { [TOTAL_COLUMN]: number })[]>(pageSql, params.values);
  const { offset } = list.range;
  if (rows.length) return { rows: rows.map(({ [TOTAL_COLUMN]: _, ...row }) => row as T), total: rows[0][TOTAL_COLUMN], offset };
  const total = offset ? (await db.query<{ total: number }[]>(countSql, countValues))[0].total : 0;
  return { rows: [], total, offset };
}
