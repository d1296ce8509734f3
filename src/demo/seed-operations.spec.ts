import { nonWorkingDays } from '../calendar/calendar.service';
import { declaredDays, PROCEDURES_BY_YEAR, targets, VISITORS_SEP2011_DEC2018 } from './seed-operations';

describe('declaredDays', () => {
  it('declares the Estado de México’s usual non-working days, Holy Week from Easter', () => {
    const days = declaredDays(2018, 2018);
    expect(days.map((d) => d.date)).toEqual(['2018-03-02', '2018-03-29', '2018-03-30', '2018-11-02', '2018-12-12']);
    expect(days.find((d) => d.date === '2018-03-29')).toMatchObject({ kind: 'state_holiday', name: 'Jueves Santo' });
  });
});

describe('targets', () => {
  const off = (year: number) => new Set(nonWorkingDays(year, declaredDays(year, year)).map((d) => d.date));
  const nonWorking = new Set([2011, 2018, 2025, 2026].flatMap((y) => [...off(y)]));

  it('keeps the published figures exactly and prorates the current year by working days elapsed', () => {
    const { procedures, visitors, yesterday } = targets('2026-07-01', nonWorking);
    expect(yesterday).toBe('2026-06-30');
    expect(procedures.find(([y]) => y === 2011)![1]).toBe(5_855_713);
    expect(procedures.find(([y]) => y === 2018)![1]).toBe(5_162_179);
    expect(visitors).toContainEqual([1, VISITORS_SEP2011_DEC2018]);
    const partial = procedures.find(([y]) => y === 2026)![1];
    expect(partial).toBeGreaterThan(PROCEDURES_BY_YEAR[2026] * 0.4);
    expect(partial).toBeLessThan(PROCEDURES_BY_YEAR[2026] * 0.6);
    // More than 30 million procedures from September 2011 to December 2018, as published: 2012–2018 alone exceed 30 million less 2011's last third.
    const span = procedures.filter(([y]) => y >= 2012 && y <= 2018).reduce((s, [, n]) => s + n, 0);
    expect(span + PROCEDURES_BY_YEAR[2011] / 3).toBeGreaterThan(30_000_000);
  });
});
