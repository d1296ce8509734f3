import { planDemo } from './seed-demo';
import { planUtilities, SERVICE_KINDS, type UtilityPlan } from './seed-utilities';

const TODAY = '2026-11-24';

/** Sub-meter consumption ÷ main-meter consumption per building and month, from the cumulative readings. */
function subShares(plan: UtilityPlan): Map<string, number> {
  const kindOf = new Map(plan.meters.map((m) => [`${m.building}|${m.code}`, m.kind]));
  const byMeter = new Map<string, { period: string; reading: number }[]>();
  for (const r of plan.readings) {
    const key = `${r.building}|${r.meter}`;
    if (!byMeter.has(key)) byMeter.set(key, []);
    byMeter.get(key)!.push({ period: r.period, reading: Number(r.reading) });
  }
  const totals = new Map<string, { main: number; sub: number }>();
  for (const [key, list] of byMeter) {
    list.sort((x, y) => x.period.localeCompare(y.period));
    for (let i = 1; i < list.length; i++) {
      const used = list[i].reading - list[i - 1].reading;
      if (!(used >= 0)) throw new Error(`${key}: la lectura de ${list[i].period} es menor que la anterior`); // cumulative
      const k = `${key.split('|')[0]}|${list[i].period}`;
      const t = totals.get(k) ?? { main: 0, sub: 0 };
      if (kindOf.get(key) === 'main') t.main += used; else t.sub += used;
      totals.set(k, t);
    }
  }
  return new Map([...totals].map(([k, t]) => [k, t.sub / t.main]));
}

describe('utility demo plan', () => {
  const demo = planDemo({ scale: 1, today: TODAY });
  const plan = planUtilities(demo);

  it('is deterministic for a seed and changes with it', () => {
    expect(JSON.stringify(planUtilities(planDemo({ scale: 1, today: TODAY })))).toEqual(JSON.stringify(plan));
    expect(JSON.stringify(planUtilities(demo, 42))).not.toEqual(JSON.stringify(plan));
  });

  it('gives every building the 6 services with the expected bases', () => {
    expect(plan.services).toHaveLength(66);
    for (const b of demo.buildings) {
      const services = plan.services.filter((s) => s.building === b.code);
      expect(services.map((s) => s.kind).sort()).toEqual([...SERVICE_KINDS].sort());
      expect(new Set(services.map((s) => s.name)).size).toBe(6);
      const basis = Object.fromEntries(services.map((s) => [s.kind, s.basis]));
      expect(basis.electricity).toBe(b.modernized ? 'submeter' : 'area');
      expect(basis).toMatchObject({ water: 'area', security: 'headcount', internet: 'equal', maintenance: 'area' });
      expect(['area', 'fixed']).toContain(basis.cleaning);
      expect(services.find((s) => s.kind === 'electricity')!.supplier).toMatch(/CFE/);
    }
    expect(plan.services.filter((s) => s.basis === 'submeter')).toHaveLength(7);
    expect(plan.services.filter((s) => s.basis === 'fixed').map((s) => `${s.building} ${s.kind}`)).toEqual(['CSA-IXT cleaning']);
  });

  it('has one exemption and fixed shares only on the fixed-basis service, for private tenants', () => {
    expect(plan.exemptions).toHaveLength(1);
    expect(plan.exemptions[0]).toMatchObject({ kind: 'internet', building: 'CSA-TOL' });
    expect(plan.exemptions[0].reason).toMatch(/orientación/);
    const fixed = new Set(plan.services.filter((s) => s.basis === 'fixed').map((s) => `${s.building}|${s.kind}`));
    const privates = new Set(demo.agencies.filter((a) => a.level === 'private').map((a) => a.name));
    expect(plan.fixedShares.length).toBeGreaterThanOrEqual(1);
    for (const f of plan.fixedShares) {
      expect(fixed.has(`${f.building}|${f.kind}`)).toBe(true);
      expect(privates.has(f.agency)).toBe(true);
      expect(f.monthlyAmount).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('bills every building × service every month from January 2019 to the month before today, once', () => {
    expect(plan.firstPeriod).toBe('2019-01');
    expect(plan.lastPeriod).toBe('2026-10');
    const months = 7 * 12 + 10;
    expect(plan.bills).toHaveLength(66 * months);
    const keys = plan.bills.map((b) => `${b.building}|${b.kind}|${b.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    const invoices = plan.bills.map((b) => `${b.building}|${b.kind}|${b.period}|${b.invoiceNumber}`);
    expect(new Set(invoices).size).toBe(invoices.length);
    const wrong = plan.bills.filter((b) => {
      const amountOk = /^\d+\.\d{2}$/.test(b.amount) && Number(b.amount) > 0;
      const datesOk = b.issuedOn <= TODAY && b.dueOn >= b.issuedOn && (b.paidOn === null || (b.paidOn <= TODAY && b.paidOn >= b.issuedOn));
      const metered = b.kind === 'electricity' || b.kind === 'water';
      const unitOk = metered
        ? b.unit === (b.kind === 'electricity' ? 'kWh' : 'm3') && Number(b.consumption) > 0
        : b.unit === null && b.consumption === null;
      const rate = Number(b.amount) / Number(b.consumption);
      const tariffOk = b.kind !== 'electricity' || (rate >= 2.3 && rate <= 3.6); // MXN per kWh
      return !(amountOk && datesOk && unitOk && tariffOk && b.invoiceNumber.length <= 60);
    });
    expect(wrong).toEqual([]);
  });

  it('shapes electricity: summer peak and a yearly tariff increase', () => {
    const elec = plan.bills.filter((b) => b.kind === 'electricity');
    const sum = (f: (p: string) => boolean) => elec.filter((b) => f(b.period)).reduce((a, b) => a + Number(b.amount), 0);
    expect(sum((p) => p >= '2025-04' && p <= '2025-06') / 3).toBeGreaterThan(sum((p) => p >= '2025-10' && p <= '2025-12') / 3);
    expect(sum((p) => p.startsWith('2025'))).toBeGreaterThan(1.2 * sum((p) => p.startsWith('2021')));
  });

  it('keeps sub-meters between 80 % and 95 % of the main meter, except the one intended anomaly', () => {
    expect(plan.meters.filter((m) => m.kind === 'main')).toHaveLength(7);
    expect(plan.meters.filter((m) => m.kind === 'sub').length).toBeGreaterThan(7 * 10);
    expect(plan.anomaly).toEqual({ building: 'CSA-NAU', period: '2026-10' });
    const shares = subShares(plan);
    expect(shares.size).toBe(7 * (7 * 12 + 10));
    const anomaly = shares.get('CSA-NAU|2026-10')!;
    expect(anomaly).toBeGreaterThan(1.04);
    expect(anomaly).toBeLessThan(1.06);
    expect([...shares].filter(([key, share]) => key !== 'CSA-NAU|2026-10' && !(share >= 0.8 && share <= 0.95))).toEqual([]);
    // The main meter measures what the CFE bills.
    const bill = plan.bills.find((b) => b.building === 'CSA-TOL' && b.kind === 'electricity' && b.period === '2024-05')!;
    const main = plan.meters.find((m) => m.building === 'CSA-TOL' && m.kind === 'main')!;
    const r = plan.readings.filter((x) => x.meter === main.code && (x.period === '2024-04' || x.period === '2024-05'));
    expect(Number(r[1].reading) - Number(r[0].reading)).toBeCloseTo(Number(bill.consumption), 3);
  });

  it('closes every period up to two months before today and leaves the last two open', () => {
    expect(plan.periods[0].period).toBe('2019-01');
    expect(plan.periods.at(-1)!.period).toBe('2026-11');
    const open = plan.periods.filter((p) => p.status === 'open').map((p) => p.period);
    expect(open).toEqual(['2026-10', '2026-11']);
    for (const p of plan.periods.filter((x) => x.status === 'closed')) {
      expect(p.closedBy).toBe('finanzas');
      const [y, m] = p.period.split('-').map(Number);
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      expect(p.closedAt!.startsWith(`${next}-10T`)).toBe(true);
    }
  });

  it('spans the 10 years before today at scale 10 and more, still 11 × 6 bills a month', () => {
    const big = planUtilities(planDemo({ scale: 10, today: '2026-03-05' }));
    expect(big.firstPeriod).toBe('2016-03');
    expect(big.lastPeriod).toBe('2026-02');
    expect(big.services).toHaveLength(66);
    expect(big.bills).toHaveLength(66 * 120);
    expect(big.periods.filter((p) => p.status === 'open').map((p) => p.period)).toEqual(['2026-02', '2026-03']);
    // Readings: only the last 24 billed months, plus the baseline of the month before.
    expect(big.readings).toHaveLength(big.meters.length * 25);
    expect(big.readings.reduce((min, r) => (r.period < min ? r.period : min), '9999-99')).toBe('2024-02');
    const shares = subShares(big);
    expect(shares.get('CSA-NAU|2026-02')).toBeGreaterThan(1.04);
    expect([...shares].filter(([key, share]) => key !== 'CSA-NAU|2026-02' && !(share >= 0.8 && share <= 0.95))).toEqual([]);
  });
});
