import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createOccupiedBuilding, createRules } from './support/compliance-fixtures';
import { type Session, sessionAs, startApp } from './support/test-app';

/** Scorecards: severity-weighted compliance per building and agency, open actions, trend, ranking, XLSX, scope. */
describe('Compliance scorecards', () => {
  let app: INestApplication;
  let admin: Session;
  let inspector: Session;
  let rules: Awaited<ReturnType<typeof createRules>>;
  let site: Awaited<ReturnType<typeof createOccupiedBuilding>>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApp();
    admin = await sessionAs(app, 'admin');
    inspector = await sessionAs(app, 'inspector');
    rules = await createRules(app, admin); // items: low, high, critical
    site = await createOccupiedBuilding(app, admin, 2);
    const outcomes = [['complies', 'fails', 'complies'], ['not_applicable', 'complies', 'complies']];
    const sign = async (day: string, pattern: string[][]) => {
      const inspection = (await http().post('/api/inspections').set(inspector.auth).send({
        buildingId: site.building.id, type: 'scheduled', checklistId: rules.checklist.id, plannedOn: day, spaceIds: site.spaces.map((s: { id: string }) => s.id),
      }).expect(201)).body;
      const results = site.spaces.flatMap((s: { id: string }, j: number) => rules.checklist.items.map((item: { id: string }, i: number) => ({ itemId: item.id, spaceId: s.id, outcome: pattern[j][i] })));
      await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
      await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'Enlace', performedOn: day }).expect(200);
    };
    await sign('2025-03-10', outcomes);
    await sign('2025-05-12', [['complies', 'complies', 'complies'], ['complies', 'complies', 'complies']]);
  });
  afterAll(() => app.close());

  const get = (query: string, who: Session = admin) => http().get(`/api/reports/compliance?${query}`).set(who.auth);

  it('weighs compliance by severity per building, with the trend of the last 12 months and open actions', async () => {
    const res = (await get(`from=2025-03&to=2025-03&groupBy=building&buildingId=${site.building.id}`).expect(200)).body;
    expect(res).toMatchObject({ from: '2025-03', to: '2025-03', groupBy: 'building' });
    expect(res.rows).toHaveLength(1);
    // Space 1: low ✓ high ✗ critical ✓ → 5 of 8; space 2: low n/a, high ✓, critical ✓ → 7 of 7: 12 of 15 = 80 %.
    expect(res.rows[0]).toMatchObject({ key: site.building.id, code: site.building.code, itemsChecked: 6, compliant: 4, failed: 1, notApplicable: 1, score: 80, openActions: 1, rank: 1 });
    expect(res.rows[0].trend).toHaveLength(12);
    expect(res.rows[0].trend.at(-1)).toEqual({ period: '2025-03', score: 80 });
    expect(res.rows[0].trend[0]).toEqual({ period: '2024-04', score: null });

    const both = (await get(`from=2025-01&to=2025-06&groupBy=building&buildingId=${site.building.id}`).expect(200)).body;
    // 12 + 16 applicable weight units compliant of 15 + 16.
    expect(both.rows[0]).toMatchObject({ itemsChecked: 12, score: Math.round(1000 * 28 / 31) / 10 });
    expect(both.rows[0].trend.find((t: { period: string }) => t.period === '2025-05').score).toBe(100);
    expect(both.totals).toMatchObject({ itemsChecked: 12, openActions: 1 });
  });

  it('groups by agency and ranks the best first', async () => {
    const res = (await get(`from=2025-03&to=2025-03&groupBy=agency&buildingId=${site.building.id}`).expect(200)).body;
    expect(res.rows.map((r: { key: string; score: number; rank: number }) => [r.key, r.score, r.rank])).toEqual([
      [site.agencies[1].id, 100, 1],
      [site.agencies[0].id, 62.5, 2],
    ]);
    expect(res.rows[1]).toMatchObject({ code: site.agencies[0].acronym, level: 'state', openActions: 1 });
  });

  it('exports XLSX, validates in Spanish and keeps scope', async () => {
    const xlsx = await get(`from=2025-01&to=2025-06&groupBy=agency&format=xlsx`).buffer(true)
      .parse((res, done) => { const c: Buffer[] = []; res.on('data', (x: Buffer) => c.push(x)); res.on('end', () => done(null, Buffer.concat(c))); }).expect(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const bad = (await get('from=2025-13&to=2025-01&groupBy=space').expect(400)).body;
    expect(bad.errors).toEqual({ from: 'Debe ser un periodo con formato AAAA-MM', groupBy: 'Debe ser uno de: agency, building' });
    expect((await get('from=2025-06&to=2025-01&groupBy=agency').expect(400)).body.errors).toEqual({ to: 'El periodo final debe ser igual o posterior al inicial' });

    const outsider = await sessionAs(app, 'building_admin', { buildingIds: [] });
    expect((await get(`from=2025-01&to=2025-06&groupBy=building`, outsider).expect(200)).body.rows).toEqual([]);
    const mine = await sessionAs(app, 'building_admin', { buildingIds: [site.building.id] });
    expect((await get(`from=2025-01&to=2025-06&groupBy=building`, mine).expect(200)).body.rows.map((r: { key: string }) => r.key)).toEqual([site.building.id]);
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: site.agencies[0].id });
    await get('from=2025-01&to=2025-06&groupBy=agency', liaison).expect(403);
  });
});
