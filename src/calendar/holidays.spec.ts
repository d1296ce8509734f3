import { datesOf, easterSunday, isWeekend, nationalHolidays, nthMonday } from './holidays';

const datesIn = (year: number) => nationalHolidays(year).map((h) => h.date);

describe('nationalHolidays', () => {
  it('puts the movable Mondays where the official calendars put them', () => {
    for (const date of ['2018-02-05', '2018-03-19', '2018-11-19', '2025-02-03', '2025-03-17', '2025-11-17', '2011-02-07', '2011-03-21',
      '2011-11-21', '2019-02-04', '2019-03-18', '2019-11-18', '2020-02-03', '2020-03-16', '2020-11-16', '2021-02-01', '2021-03-15',
      '2021-11-15', '2022-02-07', '2022-03-21', '2022-11-21', '2023-02-06', '2023-03-20', '2023-11-20', '2024-02-05', '2024-03-18',
      '2024-11-18', '2026-02-02', '2026-03-16', '2026-11-16', '2027-02-01', '2027-03-15', '2027-11-15', '2030-02-04', '2030-03-18',
      '2030-11-18']) {
      expect(datesIn(Number(date.slice(0, 4)))).toContain(date);
    }
  });

  it('keeps the fixed dates before the 2006 reform', () => {
    expect(datesIn(2005)).toEqual(['2005-01-01', '2005-02-05', '2005-03-21', '2005-05-01', '2005-09-16', '2005-11-20', '2005-12-25']);
    expect(datesIn(2000)).toContain('2000-12-01');
    expect(datesIn(2006)).toEqual(['2006-01-01', '2006-02-06', '2006-03-20', '2006-05-01', '2006-09-16', '2006-11-20', '2006-12-01', '2006-12-25']);
  });

  it('adds the transmission of the executive power every six years: 1 December until 2018, 1 October from 2024', () => {
    for (let year = 2011; year <= 2030; year++) {
      const dates = datesIn(year);
      expect(dates.includes(`${year}-12-01`)).toBe(year === 2012 || year === 2018);
      expect(dates.includes(`${year}-10-01`)).toBe(year === 2024 || year === 2030);
    }
    expect(datesIn(2036)).toContain('2036-10-01');
  });

  it('gives every year from 2011 to 2030 seven fixed-count holidays plus the transmission, all Mondays where movable', () => {
    for (let year = 2011; year <= 2030; year++) {
      const holidays = nationalHolidays(year);
      expect(holidays.length).toBe([2012, 2018, 2024, 2030].includes(year) ? 8 : 7);
      for (const h of holidays.filter((x) => /Constitución|Juárez|Revolución/.test(x.name))) expect(new Date(`${h.date}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    }
  });
});

describe('nthMonday', () => {
  it('counts from the first Monday of the month', () => {
    expect(nthMonday(2026, 6, 1)).toBe(1);
    expect(nthMonday(2026, 2, 1)).toBe(2);
    expect(nthMonday(2026, 11, 3)).toBe(16);
  });
});

describe('easterSunday', () => {
  it('matches the known dates', () => {
    expect(easterSunday(2011)).toBe('2011-04-24');
    expect(easterSunday(2018)).toBe('2018-04-01');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });
});

describe('datesOf / isWeekend', () => {
  it('lists 365 or 366 days and knows weekends', () => {
    expect(datesOf(2024)).toHaveLength(366);
    expect(datesOf(2025)).toHaveLength(365);
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-30')).toBe(false);
  });
});
