import type { Severity } from '../regulations/dto/article.dto';

/** Working days to correct a finding, by its severity. */
export const DEADLINE_WORKING_DAYS: Record<Severity, number> = { critical: 5, high: 10, medium: 20, low: 30 };

const DAY_MS = 86_400_000;

/** Enough calendar days to hold the longest deadline, whatever holidays fall in it. */
export const DEADLINE_HORIZON_DAYS = 120;

/**
 * The date `days` working days after `from` (YYYY-MM-DD): weekdays that are not in `nonWorking`
 * (the working-day calendar's holidays and declared days).
 */
export function addWorkingDays(from: string, days: number, nonWorking: ReadonlySet<string> = new Set()): string {
  let t = Date.parse(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    const date = new Date(t);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !nonWorking.has(date.toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

/** The deadline of every severity for a finding opened on `from`. */
export function deadlinesFrom(from: string, nonWorking: ReadonlySet<string> = new Set()): Record<Severity, string> {
  const after = (days: number) => addWorkingDays(from, days, nonWorking);
  return {
    low: after(DEADLINE_WORKING_DAYS.low),
    medium: after(DEADLINE_WORKING_DAYS.medium),
    high: after(DEADLINE_WORKING_DAYS.high),
    critical: after(DEADLINE_WORKING_DAYS.critical),
  };
}
