import { Matches } from 'class-validator';

/** A calendar month written `YYYY-MM`, the way periods are named everywhere in the API. */
export const PERIOD_PATTERN = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;

export const Period = () => Matches(PERIOD_PATTERN, { message: 'Debe ser un periodo con formato AAAA-MM' });

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
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}
