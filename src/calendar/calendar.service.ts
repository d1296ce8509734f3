import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { type CalendarDay, CalendarDaysRepository } from './calendar-days.repository';
import type { CreateCalendarDayDto, UpdateCalendarDayDto } from './dto/calendar-day.dto';
import { addDays, datesOf, isWeekend, nationalHolidays, weekdayOf } from './holidays';

const WHAT = 'el día del calendario';

export type NonWorkingKind = 'weekend' | 'holiday' | 'state_holiday' | 'non_working';

export interface NonWorkingDay {
  date: string;
  kind: NonWorkingKind;
  name: string;
  source: 'computed' | 'declared';
}

export interface YearCalendar {
  year: number;
  workingDays: number;
  days: NonWorkingDay[];
}

const WEEKDAY_NAMES = ['Domingo', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado'];

/**
 * The working-day calendar: weekends and national holidays computed, the DGRM's declared days
 * over them (a declared `working` day overrides a computed one).
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly days: CalendarDaysRepository,
    private readonly changes: ChangesService,
  ) {}

  async year(year: number, tx?: Queryable): Promise<YearCalendar> {
    const declared = await this.days.between(`${year}-01-01`, `${year}-12-31`, tx);
    const days = nonWorkingDays(year, declared);
    return { year, workingDays: datesOf(year).length - days.length, days };
  }

  /** Every non-working date between two dates (inclusive), for SQL that needs the calendar. */
  async nonWorkingDates(from: string, to: string, tx?: Queryable): Promise<string[]> {
    const declared = await this.days.between(`${from.slice(0, 4)}-01-01`, `${to.slice(0, 4)}-12-31`, tx);
    const out: string[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const day of nonWorkingDays(year, declared)) if (day.date >= from && day.date <= to) out.push(day.date);
    }
    return out;
  }

  list(params: ListParams): Promise<Page<CalendarDay>> {
    return this.days.list(params);
  }

  async get(id: string): Promise<CalendarDay> {
    return found(await this.days.findOne(id), WHAT);
  }

  create(actor: Actor, dto: CreateCalendarDayDto): Promise<CalendarDay> {
    return this.changes.create(actor, 'calendar-days', WHAT, (tx) => this.days.insert(tx, dto), (tx, id) => this.days.findOne(id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateCalendarDayDto): Promise<CalendarDay> {
    const { date, kind, name, notes } = dto;
    return this.changes.change(actor, 'update', 'calendar-days', 'calendar_days', WHAT, id, (tx, rid) => this.days.findOne(rid, tx), (tx) =>
      this.days.update(tx, id, { date, kind, name, notes }),
    );
  }

  remove(actor: Actor, id: string): Promise<CalendarDay> {
    return this.changes.remove(actor, 'calendar-days', 'calendar_days', WHAT, id, (tx, rid) => this.days.findOne(rid, tx));
  }
}

/** The non-working days of a year: computed ones, then the declared days over them. */
export function nonWorkingDays(year: number, declared: Pick<CalendarDay, 'date' | 'kind' | 'name'>[]): NonWorkingDay[] {
  const byDate = new Map<string, NonWorkingDay>();
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    if (isWeekend(d)) byDate.set(d, { date: d, kind: 'weekend', name: WEEKDAY_NAMES[weekdayOf(d)], source: 'computed' });
  }
  for (const h of nationalHolidays(year)) byDate.set(h.date, { date: h.date, kind: 'holiday', name: h.name, source: 'computed' });
  for (const day of declared) {
    if (!day.date.startsWith(String(year))) continue;
    if (day.kind === 'working') byDate.delete(day.date);
    else byDate.set(day.date, { date: day.date, kind: day.kind, name: day.name, source: 'declared' });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
