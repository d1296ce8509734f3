/**
 * The national holidays of the Ley Federal del Trabajo, art. 74, computed for any year.
 *
 * Since the reform of 17 January 2006, three of them fall on a Monday: the first of February
 * (Constitution, 5 Feb), the third of March (Juárez, 21 Mar) and the third of November
 * (Revolution, 20 Nov); before it they were those fixed dates. The transmission of the federal
 * executive power is a holiday every six years: 1 December until 2018, 1 October from 2024.
 */
export interface Holiday {
  date: string;
  name: string;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The day of the month of the `nth` Monday of `month` (1–12). */
export function nthMonday(year: number, month: number, nth: number): number {
  const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((8 - weekday) % 7);
  return first + 7 * (nth - 1);
}

const REFORM_YEAR = 2006;

export function nationalHolidays(year: number): Holiday[] {
  const movable = year >= REFORM_YEAR;
  const days: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Año Nuevo' },
    { date: iso(year, 2, movable ? nthMonday(year, 2, 1) : 5), name: 'Día de la Constitución' },
    { date: iso(year, 3, movable ? nthMonday(year, 3, 3) : 21), name: 'Natalicio de Benito Juárez' },
    { date: iso(year, 5, 1), name: 'Día del Trabajo' },
    { date: iso(year, 9, 16), name: 'Día de la Independencia' },
    { date: iso(year, 11, movable ? nthMonday(year, 11, 3) : 20), name: 'Día de la Revolución' },
    { date: iso(year, 12, 25), name: 'Navidad' },
  ];
  if (year <= 2018 && (year - 1970) % 6 === 0) days.push({ date: iso(year, 12, 1), name: 'Transmisión del Poder Ejecutivo Federal' });
  if (year >= 2024 && (year - 2024) % 6 === 0) days.push({ date: iso(year, 10, 1), name: 'Transmisión del Poder Ejecutivo Federal' });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** Easter Sunday (Gregorian; anonymous algorithm), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isWeekend = (date: string): boolean => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

/** Every date of the year, in order. */
export function datesOf(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) out.push(d);
  return out;
}
