/** The days a run of months covers: `first` (inclusive) to `next` (exclusive), as `YYYY-MM-DD`. */
export interface MonthSpan {
  fromPeriod: string;
  toPeriod: string;
  first: string;
  next: string;
  /** Last day covered, inclusive. */
  last: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The span from the first day of `from` to the last day of `to` (both `YYYY-MM`). */
export function monthSpan(from: string, to: string): MonthSpan {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return {
    fromPeriod: from,
    toPeriod: to,
    first: iso(new Date(Date.UTC(fy, fm - 1, 1))),
    next: iso(new Date(Date.UTC(ty, tm, 1))),
    last: iso(new Date(Date.UTC(ty, tm, 0))),
  };
}

/** How many months from `from` to `to`, both included (0 or less when reversed). */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthList(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (let period = from; period <= to; period = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(period);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}
