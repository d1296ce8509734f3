import { nonWorkingDays } from './calendar.service';

describe('nonWorkingDays', () => {
  it('lists weekends and national holidays, and counts 254 working days in 2025', () => {
    const days = nonWorkingDays(2025, []);
    expect(days.filter((d) => d.kind === 'weekend')).toHaveLength(104);
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25',
    ]);
    expect(365 - days.length).toBe(254);
  });

  it('lets a holiday on a weekend count once, as the holiday', () => {
    const days = nonWorkingDays(2022, []);
    expect(days.find((d) => d.date === '2022-01-01')).toEqual({ date: '2022-01-01', kind: 'holiday', name: 'Año Nuevo', source: 'computed' });
    expect(days.filter((d) => d.date === '2022-01-01')).toHaveLength(1);
  });

  it('applies declared days: state holidays and non-working days added, working overrides removed', () => {
    const days = nonWorkingDays(2025, [
      { date: '2025-04-17', kind: 'state_holiday', name: 'Jueves Santo' },
      { date: '2025-11-02', kind: 'non_working', name: 'Día de Muertos' },
      { date: '2025-03-17', kind: 'working', name: 'Jornada especial' },
      { date: '2025-03-01', kind: 'working', name: 'Sábado de campaña' },
      { date: '2026-01-02', kind: 'non_working', name: 'Otro año' },
    ]);
    expect(days.find((d) => d.date === '2025-04-17')).toMatchObject({ kind: 'state_holiday', source: 'declared' });
    expect(days.find((d) => d.date === '2025-11-02')).toMatchObject({ kind: 'non_working', source: 'declared' });
    expect(days.find((d) => d.date === '2025-03-17')).toBeUndefined();
    expect(days.find((d) => d.date === '2025-03-01')).toBeUndefined();
    // Holy Thursday takes one working day; 2 Nov 2025 is a Sunday already; the two overrides give two back.
    expect(365 - days.length).toBe(254 - 1 + 2);
  });
});
