import { addMonths, type Candidate, coverageGap, draw, monthsBetween, mulberry32, weightOf } from './draw';

const candidate = (i: number, over: Partial<Candidate> = {}): Candidate => ({
  buildingId: `b${i % 3}`, buildingCode: `CSA-${i % 3}`, spaceId: `s${i}`, spaceCode: `E-${i}`, agencyId: `a${i}`, agencyAcronym: `U${i}`,
  failWeight: 0, failCount: 0, lastInspected: '2026-05', openActions: 0, tenantCoveredIn: '2026-05', tenantSince: '2020-01', ...over,
});

describe('draw', () => {
  const period = '2026-06';

  it('gives the same plan for the same seed and another for another seed', () => {
    const list = Array.from({ length: 60 }, (_, i) => candidate(i, { failWeight: i % 5 }));
    const options = { period, seed: 12345, sampleSize: 10, coverageMonths: 6 };
    const ids = (seed: number) => draw(list, { ...options, seed }).map((e) => e.candidate.spaceId);
    expect(ids(12345)).toEqual(ids(12345));
    expect(ids(12345)).toHaveLength(10);
    expect(ids(54321)).not.toEqual(ids(12345));
    expect(mulberry32(7)()).toBe(mulberry32(7)());
  });

  it('computes weight = 1 + failures (severity-weighted) + months since the last inspection (capped at 12) + open actions', () => {
    expect(weightOf(candidate(1, { failWeight: 7, lastInspected: '2026-02', openActions: 2 }), period)).toBe(1 + 7 + 4 + 2);
    expect(weightOf(candidate(1, { lastInspected: null }), period)).toBe(13);
    expect(weightOf(candidate(1, { lastInspected: '2019-01' }), period)).toBe(13);
  });

  it('forces in every tenant not inspected for N−1 months or more, one space each, even beyond the sample size', () => {
    const list = [
      candidate(0, { tenantCoveredIn: '2025-12' }), // seen in December, 5 months without a visit: due with N = 6
      candidate(1, { tenantCoveredIn: '2026-01' }), // 4 months without: not due yet (June is still within January + 6)
      candidate(2, { tenantCoveredIn: null, tenantSince: '2026-01' }), // never seen, in since January: June is its 6th month
      candidate(3, { tenantCoveredIn: null, tenantSince: '2026-06' }), // moved in this month
      { ...candidate(4, { tenantCoveredIn: '2025-11', failWeight: 3 }), agencyId: 'a0', buildingId: 'b0' }, // a second space of tenant a0
    ];
    expect(coverageGap(list[2], period)).toBe(6);
    expect(coverageGap(list[1], period)).toBe(5);
    const entries = draw(list, { period, seed: 1, sampleSize: 1, coverageMonths: 6 });
    const forced = entries.filter((e) => e.forced);
    expect(forced.map((e) => e.candidate.spaceId).sort()).toEqual(['s2', 's4']);
    expect(entries).toHaveLength(2);
    expect(forced[0].reasons[0]).toMatch(/^Garantía de cobertura/);
  });

  it('draws in proportion to the weights (chi-square over 20,000 seeded draws of one place)', () => {
    const weights = [1, 2, 3, 4, 10];
    const list = weights.map((w, i) => candidate(i, { failWeight: w - 2, lastInspected: addMonths(period, -1) }));
    expect(list.map((c) => weightOf(c, period))).toEqual(weights);
    const counts = new Array(weights.length).fill(0);
    const runs = 20_000;
    const seeds = mulberry32(2026);
    for (let r = 0; r < runs; r++) {
      const [entry] = draw(list, { period, seed: Math.floor(seeds() * 2 ** 32), sampleSize: 1, coverageMonths: 24 });
      counts[list.indexOf(entry.candidate)]++;
    }
    const total = weights.reduce((a, b) => a + b, 0);
    const chi2 = counts.reduce((sum, observed, i) => sum + (observed - (runs * weights[i]) / total) ** 2 / ((runs * weights[i]) / total), 0);
    // 4 degrees of freedom: the 99.9th percentile is 18.47.
    expect(chi2).toBeLessThan(18.47);
    expect(counts[4] / counts[0]).toBeGreaterThan(8);
    expect(counts[4] / counts[0]).toBeLessThan(12);
  });

  it('counts months across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(addMonths('2026-01', -2)).toBe('2025-11');
  });
});
