import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createOccupiedBuilding, createRules } from './support/compliance-fixtures';
import { type Session, sessionAs, startApp } from './support/test-app';

/**
 * The monthly random-supervision plan. Plans are global (one per month) and draw among every space
 * occupied that month, so this suite works in two consecutive years of the 1950s–80s that no
 * agreement or plan of the database touches yet.
 */
describe('Random supervision', () => {
  let app: INestApplication;
  let db: DataSource;
  let admin: Session;
  let inspector: Session;
  let rules: Awaited<ReturnType<typeof createRules>>;
  let year: number;
  let sites: Awaited<ReturnType<typeof createOccupiedBuilding>>[];
  const http = () => request(app.getHttpServer());
  const period = (offset: number) => `${year + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`;

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    admin = await sessionAs(app, 'admin');
    inspector = await sessionAs(app, 'inspector');
    rules = await createRules(app, admin);
    year = await unusedYears(db);
    const dates = { startDate: `${year}-01-01`, endDate: `${year + 1}-12-31` };
    sites = [];
    for (let b = 0; b < 3; b++) sites.push(await createOccupiedBuilding(app, admin, 4, dates));
  });
  afterAll(() => app.close());

  const entriesOf = async (planId: string, who: Session = inspector) =>
    (await http().get(`/api/supervision-plans/${planId}/entries`).set(who.auth).expect(200)).body;
  const key = (e: { spaceId: string; forced: boolean; weight: number }) => `${e.spaceId}:${e.forced}:${e.weight}`;

  it('draws the same plan from the same seed, redraws while a draft, and refuses once approved', async () => {
    const month = period(0);
    const plan = (await http().post('/api/supervision-plans').set(inspector.auth).send({ period: month, seed: 424242, sampleSize: 3, coverageMonths: 6 }).expect(201)).body;
    expect(plan).toMatchObject({ period: month, seed: 424242, sampleSize: 3, coverageMonths: 6, status: 'draft', candidates: 12, entryCount: 3 });
    const first = await entriesOf(plan.id);
    expect(first).toHaveLength(3);
    expect(first[0].reasons.length).toBeGreaterThan(0);
    expect(first[0].reasons[0]).toMatch(/^Sorteo ponderado por riesgo/);

    await http().post('/api/supervision-plans').set(inspector.auth).send({ period: month }).expect(409);
    const other = (await http().post(`/api/supervision-plans/${plan.id}/regenerate`).set(inspector.auth).send({}).expect(200)).body;
    expect(other.seed).not.toBe(424242);
    const same = (await http().post(`/api/supervision-plans/${plan.id}/regenerate`).set(inspector.auth).send({ seed: 424242 }).expect(200)).body;
    expect(same.seed).toBe(424242);
    expect((await entriesOf(plan.id)).map(key)).toEqual(first.map(key));

    const bad = await http().post('/api/supervision-plans').set(inspector.auth).send({ period: '1960-13', sampleSize: 0 }).expect(400);
    expect(bad.body.errors).toEqual({ period: 'Debe ser un periodo con formato AAAA-MM', sampleSize: 'Debe ser mayor o igual que 1' });
    await http().post(`/api/supervision-plans/${plan.id}/approve`).set(inspector.auth).send({}).expect(400);

    const approved = (await http().post(`/api/supervision-plans/${plan.id}/approve`).set(inspector.auth).send({ checklistId: rules.checklist.id }).expect(200)).body;
    expect(approved).toMatchObject({ status: 'approved', checklistId: rules.checklist.id });
    expect(approved.inspectionCount).toBe(new Set(first.map((e: { buildingId: string }) => e.buildingId)).size);
    const entries = await entriesOf(plan.id);
    expect(entries.every((e: { inspectionId: string }) => e.inspectionId)).toBe(true);
    const inspection = (await http().get(`/api/inspections/${entries[0].inspectionId}`).set(inspector.auth).expect(200)).body;
    expect(inspection).toMatchObject({ type: 'random', status: 'planned', planId: plan.id, plannedOn: `${month}-01`.replace(/-01$/, inspection.plannedOn.slice(7)) });
    expect(inspection.spaceIds.sort()).toEqual(entries.filter((e: { buildingId: string }) => e.buildingId === inspection.buildingId).map((e: { spaceId: string }) => e.spaceId).sort());

    await http().post(`/api/supervision-plans/${plan.id}/regenerate`).set(inspector.auth).send({ seed: 1 }).expect(409);
    await http().post(`/api/supervision-plans/${plan.id}/approve`).set(inspector.auth).send({ checklistId: rules.checklist.id }).expect(409);
    await http().put(`/api/supervision-plans/${plan.id}`).set(inspector.auth).send({ sampleSize: 5 }).expect(409);

    // Scope: a building administrator sees the entries of their buildings only; a liaison none.
    const buildingAdmin = await sessionAs(app, 'building_admin', { buildingIds: [sites[0].building.id] });
    const theirs = await entriesOf(plan.id, buildingAdmin);
    expect(theirs.every((e: { buildingId: string }) => e.buildingId === sites[0].building.id)).toBe(true);
    const liaison = await sessionAs(app, 'agency_liaison', { agencyId: sites[0].agencies[0].id });
    await http().get(`/api/supervision-plans/${plan.id}/entries`).set(liaison.auth).expect(403);
    // Clean up the planned inspections so the simulation below starts from its own history.
    await db.query(`UPDATE supervision_plan_entries SET inspection_id = NULL WHERE plan_id = $1`, [plan.id]);
    await db.query(`DELETE FROM inspections WHERE plan_id = $1`, [plan.id]);
    await db.query(`DELETE FROM supervision_plans WHERE id = $1`, [plan.id]);
  });

  it('holds the coverage guarantee over a simulated two years of drawing, approving and inspecting', async () => {
    const N = 3;
    const risky = new Set([sites[0].spaces[0].id, sites[1].spaces[1].id]);
    const inspectedIn = new Map<string, number[]>(); // tenant (building/agency) → month offsets
    let forcedTotal = 0;
    for (let m = 0; m < 24; m++) {
      const plan = (await http().post('/api/supervision-plans').set(inspector.auth)
        .send({ period: period(m), seed: 1000 + m, sampleSize: 6, coverageMonths: N }).expect(201)).body;
      expect(plan.candidates).toBe(12);
      const entries = await entriesOf(plan.id);
      const forced = entries.filter((e: { forced: boolean }) => e.forced).length;
      forcedTotal += forced;
      // The sample size, or more when the coverage guarantee forces more tenants in.
      expect(entries.length).toBe(Math.max(6, forced));
      await http().post(`/api/supervision-plans/${plan.id}/approve`).set(inspector.auth).send({ checklistId: rules.checklist.id }).expect(200);
      const inspections = (await http().get(`/api/inspections?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`).set(inspector.auth).expect(200)).body;
      for (const inspection of inspections) {
        const results = rules.checklist.items.flatMap((item: { id: string }, i: number) => inspection.scope.map((s: { spaceId: string }) => ({
          itemId: item.id, spaceId: s.spaceId, outcome: risky.has(s.spaceId) && i < 2 ? 'fails' : 'complies',
        })));
        await http().put(`/api/inspections/${inspection.id}/results`).set(inspector.auth).send({ results }).expect(200);
        await http().post(`/api/inspections/${inspection.id}/sign`).set(inspector.auth).send({ tenantSignatory: 'Enlace', performedOn: inspection.plannedOn }).expect(200);
        for (const s of inspection.scope) {
          const k = `${inspection.buildingId}/${s.agencyId}`;
          inspectedIn.set(k, [...(inspectedIn.get(k) ?? []), m]);
        }
      }
    }
    expect(forcedTotal).toBeGreaterThan(0);
    const tenants = sites.flatMap((s) => s.agencies.map((a: { id: string }) => `${s.building.id}/${a.id}`));
    expect(tenants).toHaveLength(12);
    for (const tenant of tenants) {
      const months = [...new Set(inspectedIn.get(tenant) ?? [])].sort((a, b) => a - b);
      // Every window of N consecutive months contains an inspection of the tenant.
      for (let start = 0; start + N <= 24; start++) {
        expect({ tenant, start, hit: months.some((m) => m >= start && m < start + N) }).toEqual({ tenant, start, hit: true });
      }
    }
    // The risky spaces (failures and open actions weigh more) were drawn more often than the average space.
    const spaceCounts = await db.query<{ space_id: string; n: number }[]>(
      `SELECT x.space_id, count(*)::int AS n FROM inspection_spaces x JOIN inspections i ON i.id = x.inspection_id
        WHERE i.planned_on >= $1::date AND i.planned_on <= $2::date AND x.space_id = ANY($3::uuid[]) GROUP BY x.space_id`,
      [`${year}-01-01`, `${year + 1}-12-31`, sites.flatMap((s) => s.spaces.map((sp: { id: string }) => sp.id))],
    );
    const counts = new Map(spaceCounts.map((r) => [r.space_id, r.n]));
    const average = [...counts.values()].reduce((a, b) => a + b, 0) / 12;
    for (const id of risky) expect(counts.get(id)!).toBeGreaterThan(average);
  });
});

/** The first year Y of 1950–1988 such that neither Y nor Y+1 has agreements or plans. */
async function unusedYears(db: DataSource): Promise<number> {
  const rows = await db.query<{ y: number }[]>(
    `SELECT y FROM generate_series(1950, 1988) AS y
      WHERE NOT EXISTS (SELECT 1 FROM agreement_spaces x WHERE x.period && daterange(make_date(y, 1, 1), make_date(y + 2, 1, 1)))
        AND NOT EXISTS (SELECT 1 FROM supervision_plans p WHERE p.period >= y::text || '-01' AND p.period <= (y + 1)::text || '-12')
      ORDER BY random() LIMIT 1`,
  );
  return rows[0].y;
}
