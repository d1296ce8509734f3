import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { ROLES, type Role } from '../src/auth/permissions';
import { agreementBody, createAgency, createBuildingWithSpaces, type Session, sessionAs, startApp } from './support/test-app';

/**
 * Every list of the OpenAPI document × every key `Object.prototype` has (and `prototype`) × the
 * places a client puts a key (filter key, `key_gte`, sort field) and hostile text in `q` × every
 * role: never a 5xx, a hostile key is a 400 naming it, a list the role may not read is a 403, and
 * no request answers more rows than the role's own unfiltered list.
 */

const HOSTILE_KEYS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];
const HOSTILE_VALUES: unknown[] = ['true OR true', 1, true, ['true OR true', 1], { 'true OR true': 1 }];
const HOSTILE_TEXT = [`'`, `"`, `%`, `_`, `\\`, `'; SELECT pg_sleep(5)--`, `%' OR '1'='1`, `\\'; DROP TABLE users; --`];
const BATCH = 40;

interface Answer {
  status: number;
  body: { errors?: Record<string, string>; message?: string } | unknown;
  total?: number;
}

interface Probe {
  label: string;
  query: Record<string, unknown>;
  /** The key a 400 must name: in `errors` as a field, or in the sort message. */
  names?: { field: string } | { sort: string };
}

describe('Lists under hostile keys, for every role', () => {
  let app: INestApplication;
  let base: string;
  let admin: Session;
  const sessions = new Map<Role, Session>();
  let lists: string[] = [];

  async function get(path: string, session: Session | undefined, query: Record<string, unknown> = {}): Promise<Answer> {
    const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    const res = await fetch(`${base}${path}${search.size ? `?${search}` : ''}`, { headers: session ? session.auth : {} });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    const range = res.headers.get('content-range');
    const total = range ? Number(range.split('/')[1]) : undefined;
    return { status: res.status, body, total };
  }

  async function inBatches<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += BATCH) out.push(...(await Promise.all(items.slice(i, i + BATCH).map(run))));
    return out;
  }

  async function tenancy() {
    const { building, spaces } = await createBuildingWithSpaces(app, admin, 2);
    const agency = await createAgency(app, admin);
    const res = await fetch(`${base}/api/agreements`, {
      method: 'POST',
      headers: { ...admin.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(agreementBody(building.id, agency.id, [spaces[0].id])),
    });
    expect(res.status).toBe(201);
    return { building, agency };
  }

  beforeAll(async () => {
    app = await startApp();
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    admin = await sessionAs(app, 'admin');
    const mine = await tenancy();
    await tenancy();
    sessions.set('admin', admin);
    sessions.set('building_admin', await sessionAs(app, 'building_admin', { buildingIds: [mine.building.id] }));
    sessions.set('inspector', await sessionAs(app, 'inspector'));
    sessions.set('finance', await sessionAs(app, 'finance'));
    sessions.set('agency_liaison', await sessionAs(app, 'agency_liaison', { agencyId: mine.agency.id }));
    sessions.set('auditor', await sessionAs(app, 'auditor'));
    sessions.set('clerk', await sessionAs(app, 'clerk', { agencyId: mine.agency.id, buildingIds: [mine.building.id] }));
    sessions.set('reception', await sessionAs(app, 'reception', { buildingIds: [mine.building.id] }));
    sessions.set('kiosk', await sessionAs(app, 'kiosk', { buildingIds: [mine.building.id] }));

    // The lists: every GET path without a path parameter that answers react-admin's Content-Range,
    // or whose documented parameters include filter, sort or range.
    const doc = (await get('/api/docs-json', undefined)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    const candidates = Object.entries(doc.paths).filter(([path, ops]) => ops.get && !path.includes('{'));
    const found = await inBatches(candidates, async ([path, ops]) => {
      const documented = (ops.get.parameters ?? []).some((p) => ['filter', 'sort', 'range'].includes(p.name));
      const answer = await get(path, admin);
      return documented || answer.total !== undefined ? path : undefined;
    });
    lists = found.filter((p): p is string => !!p);
  });
  afterAll(() => app.close());

  it('discovers the lists from the OpenAPI document', () => {
    expect(lists.length).toBeGreaterThanOrEqual(20);
    expect(lists).toEqual(expect.arrayContaining(['/api/agreements', '/api/spaces', '/api/agencies', '/api/users', '/api/audit-events']));
  });

  function probes(): Probe[] {
    const out: Probe[] = [];
    for (const key of HOSTILE_KEYS) {
      for (const value of HOSTILE_VALUES) {
        out.push({ label: `filter ${key}=${JSON.stringify(value)}`, query: { filter: { [key]: value } }, names: { field: key } });
        out.push({ label: `filter ${key}_gte=${JSON.stringify(value)}`, query: { filter: { [`${key}_gte`]: value } }, names: { field: `${key}_gte` } });
      }
      for (const order of ['ASC', 'DESC']) out.push({ label: `sort ${key} ${order}`, query: { sort: [key, order] }, names: { sort: key } });
    }
    for (const text of HOSTILE_TEXT) out.push({ label: `q ${text}`, query: { filter: { q: text } } });
    return out;
  }

  it.each([...ROLES])(
    'as %s: no 5xx, hostile keys refused by name, never more rows than the unfiltered list',
    async (role) => {
      const session = sessions.get(role);
      if (!session) throw new Error(`no session for the role ${role}: add one above`);
      const problems: string[] = [];
      const all = probes();
      for (const path of lists) {
        const baseline = await get(path, session, { range: [0, 0] });
        if (baseline.status !== 200 && baseline.status !== 403) {
          problems.push(`${path}: the unfiltered list answers ${baseline.status}`);
          continue;
        }
        const answers = await inBatches(all, (probe) => get(path, session, { range: [0, 0], ...probe.query }));
        answers.forEach((answer, i) => {
          const probe = all[i];
          const where = `${path} ${probe.label}`;
          if (answer.status >= 500) return problems.push(`${where}: ${answer.status}`);
          if (baseline.status === 403) {
            if (answer.status !== 403) problems.push(`${where}: ${answer.status} on a list the role may not read (403 unfiltered)`);
            return;
          }
          if (answer.total !== undefined && baseline.total !== undefined && answer.total > baseline.total) {
            problems.push(`${where}: ${answer.total} rows, more than the unfiltered ${baseline.total}`);
          }
          if (!probe.names) {
            if (answer.status !== 200 && answer.status !== 400) problems.push(`${where}: ${answer.status}`);
            return;
          }
          if (answer.status !== 400) return problems.push(`${where}: ${answer.status}, not 400`);
          const errors = (answer.body as { errors?: Record<string, string> }).errors ?? {};
          const named = 'field' in probe.names
            ? Object.hasOwn(errors, probe.names.field)
            : typeof errors.sort === 'string' && errors.sort.includes(probe.names.sort);
          if (!named) problems.push(`${where}: the 400 does not name the key: ${JSON.stringify(answer.body)}`);
        });
      }
      expect(problems).toEqual([]);
    },
  );
});
