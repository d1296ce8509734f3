import { ListSpec, orderOf, parseListParams, runList, whereOf } from './list-query';
import { SqlParams } from './sql-params';

const spec: ListSpec = {
  from: 'things t',
  select: 't.id',
  filters: {
    id: { expr: 't.id', type: 'uuid' },
    status: { expr: 't.status', type: 'text', values: ['draft', 'active'] },
    area: { expr: 't.area', type: 'number', range: true },
    startDate: { expr: 't.start_date', type: 'date', range: true },
    active: { expr: 't.active', type: 'bool' },
  },
  search: 't.name',
  sorts: { name: 't.name' },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 't.id',
};

const errorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { getResponse(): { errors: Record<string, string> } }).getResponse().errors;
  }
  throw new Error('expected a 400');
};

describe('parseListParams', () => {
  it('reads react-admin’s filter, sort and range', () => {
    expect(parseListParams({ filter: '{"status":"active"}', sort: '["name","desc"]', range: '[25,49]' })).toEqual({
      filter: { status: 'active' }, sort: { field: 'name', order: 'DESC' }, range: { offset: 25, limit: 25 },
    });
    expect(parseListParams({})).toEqual({ filter: {}, sort: undefined, range: { offset: 0, limit: 25 } });
  });

  it('names the malformed parameter', () => {
    expect(errorsOf(() => parseListParams({ filter: '[1]' }))).toHaveProperty('filter');
    expect(errorsOf(() => parseListParams({ sort: '["name"]' }))).toHaveProperty('sort');
    expect(errorsOf(() => parseListParams({ range: '[0,999999]' }))).toHaveProperty('range');
    expect(errorsOf(() => parseListParams({ range: '[-1,3]' }))).toHaveProperty('range');
    expect(errorsOf(() => parseListParams({ range: '[1e300,1e300]' }))).toHaveProperty('range');
  });
});

describe('whereOf', () => {
  it('turns filters into parameterised conditions', () => {
    const p = new SqlParams();
    const where = whereOf(spec, { status: 'active', area_gte: '20', startDate_lte: '2026-12-31', active: 'true', q: '50%_off' }, p);
    expect(where).toEqual(['t.status = $1', 't.area >= $2', 't.start_date <= $3', 't.active = $4', 't.name ILIKE $5']);
    expect(p.values).toEqual(['active', 20, '2026-12-31', true, '%50\\%\\_off%']);
  });

  it('accepts lists of ids (getMany) and ignores empty values', () => {
    const p = new SqlParams();
    const id = '0b0c6b0e-8a39-4c52-9d0d-0a6f5c1d3e2f';
    expect(whereOf(spec, { id: [id], status: '', area: null }, p)).toEqual(['t.id = ANY($1::uuid[])']);
    expect(whereOf(spec, { id: [] }, new SqlParams())).toEqual(['false']);
  });

  it('refuses unknown filters and values of the wrong type', () => {
    expect(errorsOf(() => whereOf(spec, { password: 'x' }, new SqlParams()))).toEqual({ password: 'Filtro desconocido' });
    expect(errorsOf(() => whereOf(spec, { status_gte: 'a' }, new SqlParams()))).toEqual({ status_gte: 'Filtro desconocido' });
    expect(errorsOf(() => whereOf(spec, { status: 'gone' }, new SqlParams()))).toHaveProperty('status');
    expect(errorsOf(() => whereOf(spec, { startDate_gte: '2026-02-30' }, new SqlParams()))).toHaveProperty('startDate_gte');
    expect(errorsOf(() => whereOf(spec, { id: ['1; DROP TABLE x'] }, new SqlParams()))).toHaveProperty('id');
  });
});

describe('orderOf', () => {
  it('sorts by whitelisted fields with a tie-breaker, and refuses others', () => {
    expect(orderOf(spec, { field: 'name', order: 'DESC' })).toBe('t.name DESC NULLS LAST, t.id DESC');
    expect(orderOf(spec, undefined)).toBe('t.name ASC NULLS LAST, t.id ASC');
    expect(errorsOf(() => orderOf(spec, { field: 'id; DROP', order: 'ASC' }))).toHaveProperty('sort');
  });

  it('leaves out NULLS LAST for sorts that are never null, so one index serves both directions', () => {
    const dated = { ...spec, sorts: { ...spec.sorts, startDate: 't.start_date' }, notNullSorts: ['startDate'] };
    expect(orderOf(dated, { field: 'startDate', order: 'DESC' })).toBe('t.start_date DESC, t.id DESC');
    expect(orderOf(dated, { field: 'name', order: 'DESC' })).toBe('t.name DESC NULLS LAST, t.id DESC');
  });
});

describe('runList', () => {
  const recorder = (rows: Record<string, unknown>[] = [], total = 0) => {
    const statements: string[] = [];
    const query = async (sql: string) => {
      statements.push(sql);
      return (sql.startsWith('SELECT count(*)') ? [{ total }] : rows) as never;
    };
    return { statements, db: { query } };
  };

  it('answers the page and its total in one statement, cut off the table before the page-only joins', async () => {
    const { statements, db } = recorder([{ id: 'a', __total: 7 }, { id: 'b', __total: 7 }]);
    const page = await runList(db, { ...spec, pageJoins: 'JOIN owners o ON o.id = t.owner_id' }, parseListParams({ filter: '{"status":"active"}' }), new SqlParams());
    expect(statements.map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'SELECT t.id, (SELECT count(*)::int AS total FROM things t WHERE t.status = $1) AS __total FROM (SELECT t.* FROM things t WHERE t.status = $1 ' +
        'ORDER BY t.name ASC NULLS LAST, t.id ASC LIMIT 25 OFFSET 0) t JOIN owners o ON o.id = t.owner_id ORDER BY t.name ASC NULLS LAST, t.id ASC',
    ]);
    expect(page).toEqual({ rows: [{ id: 'a' }, { id: 'b' }], total: 7, offset: 0 });
  });

  it('counts apart only for a page past the end', async () => {
    const past = recorder([], 12);
    expect(await runList(past.db, spec, parseListParams({ range: '[25,49]' }), new SqlParams())).toEqual({ rows: [], total: 12, offset: 25 });
    expect(past.statements[1]).toBe('SELECT count(*)::int AS total FROM things t ');
    const empty = recorder([], 12);
    expect(await runList(empty.db, spec, parseListParams({}), new SqlParams())).toEqual({ rows: [], total: 0, offset: 0 });
    expect(empty.statements).toHaveLength(1);
  });

  it('refuses page-only joins over a FROM that is not one aliased table', async () => {
    const { db } = recorder();
    const joined = { ...spec, from: 'things t JOIN kinds k ON k.id = t.kind_id', pageJoins: 'JOIN owners o ON o.id = t.owner_id' };
    await expect(runList(db, joined, parseListParams({}), new SqlParams())).rejects.toThrow(/one aliased table/);
  });
});

describe('keys the client chooses', () => {
  const inherited = Object.getOwnPropertyNames(Object.prototype);
  const withCustom: ListSpec = { ...spec, custom: { near: (_v, p) => `t.x = ${p.add(1)}` } };

  it.each(inherited)('refuses «%s» as a filter, a ranged filter or a sort, whatever its value', (key) => {
    for (const value of ['true OR true', 1, true, ['x']]) {
      const filter = JSON.parse(JSON.stringify({ [key]: value })) as Record<string, unknown>;
      expect(errorsOf(() => whereOf(withCustom, filter, new SqlParams()))).toHaveProperty([key]);
      expect(errorsOf(() => whereOf(withCustom, { [`${key}_gte`]: value }, new SqlParams()))).toHaveProperty([`${key}_gte`]);
    }
    expect(errorsOf(() => orderOf(withCustom, { field: key, order: 'ASC' }))).toHaveProperty('sort');
  });

  it('reads a literal __proto__ key from JSON as an unknown filter', () => {
    const { filter } = parseListParams({ filter: '{"__proto__":{"status":"x"}}' });
    expect(errorsOf(() => whereOf(spec, filter, new SqlParams()))).toHaveProperty(['__proto__']);
  });
});
