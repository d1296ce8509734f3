import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type Session, sessionAs, startApp } from './support/test-app';

const BASES = ['area', 'headcount', 'equal', 'fixed'] as const;

const interval = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 27 })).map(([start, length]) => [start, Math.min(28, start + length)] as const);
const space = fc.record({
  areaCentis: fc.integer({ min: 100, max: 50_000 }),
  common: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  // up to two tenancies in the month, never overlapping (the second starts after the first ends)
  tenancies: fc.array(fc.record({ agency: fc.integer({ min: 0, max: 4 }), headcount: fc.integer({ min: 0, max: 40 }), days: interval }), { maxLength: 2 }),
});
const building = fc.record({
  spaces: fc.array(space, { minLength: 0, maxLength: 6 }),
  services: fc.array(
    fc.record({
      basis: fc.constantFrom(...BASES),
      cents: fc.integer({ min: 0, max: 1_000_000_000 }),
      fixed: fc.array(fc.record({ agency: fc.integer({ min: 0, max: 4 }), cents: fc.integer({ min: 0, max: 50_000_000 }) }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

describe('Allocation properties over random buildings, occupancies and bills', () => {
  let app: INestApplication;
  let db: DataSource;
  let finance: Session;
  let agencies: string[];
  let counter = 0;

  beforeAll(async () => {
    app = await startApp();
    db = app.get(DataSource);
    finance = await sessionAs(app, 'finance');
    agencies = [];
    for (let i = 0; i < 5; i++) {
      const [row] = await db.query<{ id: string }[]>(`INSERT INTO agencies (name, acronym, level) VALUES ($1, 'PROP', 'state') RETURNING id`, [`Propiedad ${randomUUID()}`]);
      agencies.push(row.id);
    }
  });
  afterAll(() => app.close());

  /** Writes the generated buildings for one period; returns the ids of its agreement_spaces rows. */
  async function load(period: string, buildings: fc.infer<typeof building>[]) {
    const day = (d: number) => `${period}-${String(d).padStart(2, '0')}`;
    for (const b of buildings) {
      const [{ id: buildingId }] = await db.query<{ id: string }[]>(`INSERT INTO buildings (code, name, municipality) VALUES ($1, 'Propiedad', 'Toluca') RETURNING id`, [`P-${randomUUID().slice(0, 12)}`]);
      for (const [i, s] of b.spaces.entries()) {
        const [{ id: spaceId }] = await db.query<{ id: string }[]>(
          `INSERT INTO spaces (building_id, code, name, type, usable_area_m2) VALUES ($1, $2, 'E', $3, $4) RETURNING id`,
          [buildingId, `S${i}`, s.common ? 'common_area' : 'office', (s.areaCentis / 100).toFixed(2)],
        );
        let from = 1;
        for (const t of s.tenancies) {
          const start = Math.max(from, t.days[0]);
          const end = Math.max(start, t.days[1]);
          if (start > 28) break;
          const [{ id: agreementId }] = await db.query<{ id: string }[]>(
            `INSERT INTO agreements (folio, building_id, agency_id, kind, start_date, end_date, headcount, status) VALUES ($1, $2, $3, 'comodato', $4, $5, $6, 'active') RETURNING id`,
            [randomUUID(), buildingId, agencies[t.agency], day(start), day(end), t.headcount],
          );
          await db.query(`INSERT INTO agreement_spaces (agreement_id, space_id, building_id) VALUES ($1, $2, $3)`, [agreementId, spaceId, buildingId]);
          from = end + 1;
        }
      }
      for (const [i, svc] of b.services.entries()) {
        const [{ id: serviceId }] = await db.query<{ id: string }[]>(`INSERT INTO utility_services (building_id, kind, name, basis) VALUES ($1, 'other', $2, $3) RETURNING id`, [buildingId, `Servicio ${i}`, svc.basis]);
        const fixed = new Map(svc.fixed.map((f) => [agencies[f.agency], f.cents]));
        for (const [agencyId, cents] of fixed) {
          await db.query(`INSERT INTO service_fixed_shares (service_id, agency_id, monthly_amount) VALUES ($1, $2, $3)`, [serviceId, agencyId, (cents / 100).toFixed(2)]);
        }
        await db.query(`INSERT INTO utility_bills (service_id, building_id, period, amount, invoice_number) VALUES ($1, $2, $3, $4, 'F-1')`, [serviceId, buildingId, period, (svc.cents / 100).toFixed(2)]);
      }
    }
  }

  async function charges(period: string) {
    return db.query<{ bill_id: string; agency_id: string | null; payer: string; cents: string; exact: string; bill: string }[]>(
      `SELECT c.bill_id, c.agency_id, c.payer, (c.amount * 100)::bigint::text AS cents, (c.exact_amount * 100)::text AS exact, (b.amount * 100)::bigint::text AS bill
         FROM charges c JOIN utility_bills b ON b.id = c.bill_id WHERE c.period = $1 ORDER BY c.bill_id, c.payer, c.agency_id NULLS FIRST`,
      [period],
    );
  }

  it('never charges a negative amount, sums every bill to the centavo, stays within a centavo of the exact share, and ignores row order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(building, { minLength: 15, maxLength: 30 }), async (buildings) => {
        const n = counter++;
        const period = `${2150 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
        await load(period, buildings);
        await request(app.getHttpServer()).post('/api/allocation-runs').set(finance.auth).send({ period }).expect(201);
        const first = await charges(period);

        const byBill = new Map<string, { bill: bigint; sum: bigint }>();
        for (const c of first) {
          const cents = BigInt(c.cents);
          expect(cents >= 0n).toBe(true);
          expect(Math.abs(Number(c.cents) - Number(c.exact))).toBeLessThan(1);
          const entry = byBill.get(c.bill_id) ?? { bill: BigInt(c.bill), sum: 0n };
          entry.sum += cents;
          byBill.set(c.bill_id, entry);
        }
        const [{ bills }] = await db.query<{ bills: number }[]>(`SELECT count(*)::int AS bills FROM utility_bills WHERE period = $1`, [period]);
        expect(byBill.size).toBe(bills);
        for (const { bill, sum } of byBill.values()) expect(sum).toBe(bill);

        // The same occupancy stored in the opposite physical order allocates the same way.
        const rows = await db.query<{ agreement_id: string; space_id: string; building_id: string }[]>(
          `SELECT x.agreement_id, x.space_id, x.building_id FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
            WHERE a.start_date >= to_date($1 || '-01', 'YYYY-MM-DD') AND a.start_date < to_date($1 || '-01', 'YYYY-MM-DD') + interval '1 month'`,
          [period],
        );
        await db.transaction(async (tx) => {
          await tx.query(`DELETE FROM agreement_spaces WHERE agreement_id = ANY($1::uuid[])`, [rows.map((r) => r.agreement_id)]);
          for (const r of [...rows].reverse()) {
            await tx.query(`INSERT INTO agreement_spaces (agreement_id, space_id, building_id) VALUES ($1, $2, $3)`, [r.agreement_id, r.space_id, r.building_id]);
          }
        });
        await request(app.getHttpServer()).post('/api/allocation-runs').set(finance.auth).send({ period }).expect(201);
        expect(await charges(period)).toEqual(first);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60), seed: 20150619 },
    );
  }, 300_000);
});
