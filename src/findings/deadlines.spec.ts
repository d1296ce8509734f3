import { addWorkingDays, deadlinesFrom } from './deadlines';

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09'); // Friday → Monday
    expect(addWorkingDays('2026-11-07', 1)).toBe('2026-11-09'); // Saturday → Monday
    expect(addWorkingDays('2026-11-02', 5)).toBe('2026-11-09'); // Monday + 5 → next Monday
    expect(addWorkingDays('2026-11-02', 0)).toBe('2026-11-02');
  });

  it('gives longer deadlines to lighter severities', () => {
    const d = deadlinesFrom('2026-11-02');
    expect(d.critical).toBe('2026-11-09');
    expect(d.high).toBe('2026-11-16');
    expect(d.medium < d.low).toBe(true);
  });

  it('skips the holidays and declared days of the calendar', () => {
    // 16 Nov 2026 is the Revolution holiday (third Monday of November).
    expect(addWorkingDays('2026-11-13', 1, new Set(['2026-11-16']))).toBe('2026-11-17');
    expect(deadlinesFrom('2026-11-02', new Set(['2026-11-02', '2026-11-16'])).high).toBe('2026-11-17');
  });
});
