import { BUILDINGS } from './demo-catalog';
import { DemoPlan, occupancyByArea, planOccupancy } from './seed-demo';

const TODAY = '2026-05-15';
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const addYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

/** Occupied period of an agreement, as the database computes it: [start_date, COALESCE(terminated_on, end_date)]. */
const occupiedUntil = (a: DemoPlan['agreements'][number]) => a.terminatedOn ?? a.endDate;

describe('demo data plan', () => {
  const plan = planOccupancy({ scale: 1, today: TODAY });

  it('is deterministic for the same options and changes with the seed', () => {
    const again = planOccupancy({ scale: 1, today: TODAY });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(plan));
    const other = planOccupancy({ scale: 1, today: TODAY, seed: 42 });
    expect(JSON.stringify(other)).not.toEqual(JSON.stringify(plan));
  });

  it('has the 11 CSA, 7 of them modernised, with illustrative notes and consistent areas', () => {
    expect(plan.buildings.map((b) => b.code).sort()).toEqual(
      ['CSA-ATL', 'CSA-CHA', 'CSA-ECA', 'CSA-IXT', 'CSA-NAU', 'CSA-NEZ', 'CSA-TEJ', 'CSA-TEX', 'CSA-TLA', 'CSA-TOL', 'CSA-VAL'],
    );
    expect(plan.buildings.filter((b) => b.modernized)).toHaveLength(7);
    for (const b of plan.buildings) {
      expect(b.notes).toMatch(/Datos ilustrativos/);
      const ru = Number(b.ruRatio);
      expect(ru).toBeGreaterThanOrEqual(1.1);
      expect(ru).toBeLessThanOrEqual(1.25);
      const spaces = plan.spaces.filter((s) => s.building === b.code);
      expect(spaces.length).toBeGreaterThanOrEqual(15);
      expect(spaces.length).toBeLessThanOrEqual(45);
      expect(new Set(spaces.map((s) => s.code)).size).toBe(spaces.length);
      const usable = spaces.reduce((sum, s) => sum + s.areaM2, 0);
      expect(Number(b.grossAreaM2)).toBeGreaterThan(usable);
      expect(Number(b.commonAreaM2)).toBeGreaterThan(0);
    }
    expect(plan.spaces.some((s) => s.condition === 'maintenance')).toBe(true);
    const outOfService = plan.spaces.filter((s) => s.condition === 'out_of_service').length;
    expect(outOfService).toBeGreaterThanOrEqual(1);
    expect(outOfService).toBeLessThanOrEqual(2);
  });

  it.each([
    [1, TODAY],
    [3, '2025-02-28'],
  ])('never puts a space in two non-draft agreements with overlapping periods (scale %i, %s)', (scale, today) => {
    const plan = planOccupancy({ scale, today });
    const bySpace = new Map<string, { start: string; end: string; folio: string }[]>();
    for (const a of plan.agreements) {
      if (a.status === 'draft') continue;
      for (const code of a.spaces) {
        const key = `${a.building}|${code}`;
        if (!bySpace.has(key)) bySpace.set(key, []);
        bySpace.get(key)!.push({ start: a.startDate, end: occupiedUntil(a), folio: a.folio });
      }
    }
    for (const [, periods] of bySpace) {
      periods.sort((x, y) => x.start.localeCompare(y.start));
      for (let i = 1; i < periods.length; i++) {
        expect(periods[i].start > periods[i - 1].end).toBe(true);
      }
    }
  });

  it('keeps every agreement within the schema rules and one building', () => {
    const spaceKeys = new Set(plan.spaces.map((s) => `${s.building}|${s.code}`));
    const agencies = new Map(plan.agencies.map((a) => [a.name, a]));
    for (const a of plan.agreements) {
      expect(a.endDate >= a.startDate).toBe(true);
      expect(a.startDate >= '2019-01-01').toBe(true);
      expect(a.endDate <= addYears(TODAY, 2)).toBe(true);
      expect(a.status === 'terminated').toBe(a.terminatedOn !== null);
      if (a.terminatedOn) {
        expect(a.terminatedOn >= a.startDate && a.terminatedOn <= a.endDate).toBe(true);
        expect(a.terminationReason).toBeTruthy();
      }
      expect(a.kind === 'lease').toBe(a.monthlyRent !== null);
      expect(a.kind === 'lease').toBe(agencies.get(a.agency)?.level === 'private');
      expect(a.activatedAt === null).toBe(a.status === 'draft');
      expect(a.spaces.length).toBeGreaterThanOrEqual(1);
      expect(a.spaces.length).toBeLessThanOrEqual(3);
      for (const code of a.spaces) expect(spaceKeys.has(`${a.building}|${code}`)).toBe(true);
      if (a.status === 'active') expect(a.startDate <= TODAY && TODAY <= a.endDate).toBe(true);
      if (a.status === 'expired') expect(a.endDate < TODAY).toBe(true);
    }
  });

  it('gives unique folios <building>-<year of start>-<4 digits> and matching folio counters', () => {
    const folios = plan.agreements.map((a) => a.folio);
    expect(new Set(folios).size).toBe(folios.length);
    const last = new Map<string, number>();
    for (const a of plan.agreements) {
      const m = /^(CSA-[A-Z]{3})-(\d{4})-(\d{4})$/.exec(a.folio);
      expect(m).not.toBeNull();
      expect(m![1]).toBe(a.building);
      expect(m![2]).toBe(a.startDate.slice(0, 4));
      const key = `${m![1]}|${Number(m![2])}`;
      last.set(key, Math.max(last.get(key) ?? 0, Number(m![3])));
    }
    expect(plan.folioCounters).toHaveLength(last.size);
    for (const c of plan.folioCounters) expect(c.lastNumber).toBe(last.get(`${c.building}|${c.year}`));
  });

  it('has an occupancy by area between 70 % and 90 % today', () => {
    for (const today of ['2025-01-31', TODAY, '2027-12-01']) {
      const rate = occupancyByArea(planOccupancy({ scale: 1, today }));
      expect(rate).toBeGreaterThanOrEqual(0.7);
      expect(rate).toBeLessThanOrEqual(0.9);
    }
    const rate = occupancyByArea(planOccupancy({ scale: 3, today: TODAY }));
    expect(rate).toBeGreaterThanOrEqual(0.7);
    expect(rate).toBeLessThanOrEqual(0.9);
  });

  it('has agreements expiring soon, expired, terminated and drafts', () => {
    const active = plan.agreements.filter((a) => a.status === 'active');
    for (const days of [30, 60, 90]) {
      const from = addDays(TODAY, days - 30);
      const to = addDays(TODAY, days);
      expect(active.some((a) => a.endDate > from && a.endDate <= to)).toBe(true);
    }
    for (const status of ['expired', 'terminated', 'draft'] as const) {
      expect(plan.agreements.some((a) => a.status === status)).toBe(true);
    }
  });

  it('gives IFREM current agreements in CSA-TOL and in another building', () => {
    const ifrem = plan.agencies.find((a) => a.acronym === 'IFREM');
    expect(ifrem?.name).toBe('Instituto de la Función Registral del Estado de México');
    const buildings = new Set(plan.agreements
      .filter((a) => a.agency === ifrem!.name && a.status === 'active')
      .map((a) => a.building));
    expect(buildings.has('CSA-TOL')).toBe(true);
    expect(buildings.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps agency names unique and scales spaces and agreements', () => {
    const big = planOccupancy({ scale: 3, today: TODAY });
    expect(new Set(big.agencies.map((a) => a.name)).size).toBe(big.agencies.length);
    expect(big.spaces.length).toBe(3 * plan.spaces.length);
    expect(big.agreements.length).toBeGreaterThan(2.5 * plan.agreements.length);
    expect(big.buildings).toHaveLength(BUILDINGS.length);
    for (const b of big.buildings) {
      const codes = big.spaces.filter((s) => s.building === b.code).map((s) => s.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });
});
