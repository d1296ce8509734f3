import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/holidays';
import type { Actor } from '../common/actor';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import type { AttendanceGroup, AttendanceQueryDto, IndicatorQueryDto } from './dto/report.dto';
import { type AttendanceRow, type IndicatorRow, OperationReportsRepository } from './operation-reports.repository';
import { LEVEL_LABELS } from './report-labels';

export interface AttendanceReport {
  from: string;
  to: string;
  groupBy: AttendanceGroup;
  rows: AttendanceRow[];
  totals: { visitors: number; procedures: number };
  illustrative: boolean;
}

@Injectable()
export class OperationReportsService {
  constructor(
    private readonly reports: OperationReportsRepository,
    private readonly calendar: CalendarService,
  ) {}

  /** The operation indicator of the source document: days operated ÷ working days × 100, up to yesterday. */
  async indicator(actor: Actor, query: IndicatorQueryDto): Promise<{ year: number; until: string; rows: IndicatorRow[] }> {
    const yesterday = addDays(today(), -1);
    const until = `${query.year}-12-31` < yesterday ? `${query.year}-12-31` : yesterday;
    const nonWorking = await this.calendar.nonWorkingDates(`${query.year}-01-01`, `${query.year}-12-31`);
    const rows = until < `${query.year}-01-01` ? [] : await this.reports.indicator(actor, query.year, until, nonWorking, query.buildingId);
    return { year: query.year, until, rows };
  }

  async attendance(actor: Actor, query: AttendanceQueryDto): Promise<AttendanceReport> {
    const span = query.from && query.to ? undefined : await this.reports.span();
    const to = query.to ?? span?.last ?? today().slice(0, 7);
    const from = query.from ?? span?.first ?? to;
    if (from > to) throw invalid({ from: 'El periodo inicial debe ser anterior o igual al final' });
    const groupBy = query.groupBy ?? 'year';
    const [{ rows, totals }, illustrative] = await Promise.all([
      this.reports.attendance(actor, groupBy, from, to, query),
      this.reports.illustrative(),
    ]);
    return {
      from, to, groupBy,
      rows: groupBy === 'level' ? rows.map((r) => ({ ...r, label: LEVEL_LABELS[r.key] ?? r.key })) : rows,
      totals,
      illustrative,
    };
  }
}
