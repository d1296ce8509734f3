import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { scopeOf } from '../common/scope';
import { SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import type { AttendanceGroup } from './dto/report.dto';

export interface IndicatorRow {
  buildingId: string;
  code: string;
  name: string;
  month: number | null;
  workingDays: number;
  daysOperated: number;
  indicator: number;
  closedWorkingDays: { date: string; reason: string }[];
}

export interface AttendanceRow {
  key: string;
  label: string;
  visitors: number;
  procedures: number;
}

/**
 * Each grouping aggregates the rollup by one narrow key first (month, building or agency: a few
 * hundred groups), then labels those groups: no join or text function runs per rollup row.
 */
const GROUPS: Record<AttendanceGroup, { inner: string; outer: string; label: string; join: string; order: string }> = {
  year: { inner: 'om.month', outer: `to_char(i.k, 'YYYY')`, label: `to_char(i.k, 'YYYY')`, join: '', order: 'key' },
  month: { inner: 'om.month', outer: `to_char(i.k, 'YYYY-MM')`, label: `to_char(i.k, 'YYYY-MM')`, join: '', order: 'key' },
  building: { inner: 'om.building_id', outer: 'i.k::text', label: `min(b.code || ' — ' || b.name)`, join: 'JOIN buildings b ON b.id = i.k', order: 'label' },
  agency: { inner: 'om.agency_id', outer: 'i.k::text', label: `min(g.acronym || ' — ' || g.name)`, join: 'JOIN agencies g ON g.id = i.k', order: 'label' },
  level: { inner: 'om.agency_id', outer: 'g.level', label: 'g.level', join: 'JOIN agencies g ON g.id = i.k', order: 'key' },
};

@Injectable()
export class OperationReportsRepository {
  constructor(private readonly read: PoolReader) {}

  /**
   * Per building and month, and for the year: working days from the later of 1 January and the
   * building's opening to the earlier of 31 December and `until`; the ones it opened; the others,
   * with the reason recorded (or none).
   */
  indicator(actor: Actor, year: number, until: string, nonWorking: string[], buildingId?: string): Promise<IndicatorRow[]> {
    const p = new SqlParams();
    const where = ['b.active', ...scopeOf(actor, p, { building: 'b.id' })];
    if (buildingId) where.push(`b.id = ${p.add(buildingId)}::uuid`);
    const from = p.add(`${year}-01-01`);
    const to = p.add(until);
    const off = p.add(nonWorking);
    return this.read.query<IndicatorRow[]>(
      `WITH days AS (
         SELECT d::date AS date FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS d WHERE d::date <> ALL(${off}::date[])
       ), marked AS (
         SELECT b.id, b.code, b.name, days.date, extract(month FROM days.date)::int AS month, od.status, od.closed_reason
           FROM buildings b
           JOIN days ON days.date >= coalesce(b.opened_on, DATE '1900-01-01')
           LEFT JOIN operation_days od ON od.building_id = b.id AND od.date = days.date
          WHERE ${where.join(' AND ')}
       )
       SELECT id AS "buildingId", code, name, month, count(*)::int AS "workingDays",
              count(*) FILTER (WHERE status = 'open')::int AS "daysOperated",
              round(100.0 * count(*) FILTER (WHERE status = 'open') / count(*), 2)::float8 AS indicator,
              coalesce(json_agg(json_build_object('date', date, 'reason', coalesce(closed_reason, 'Sin registro en la bitácora')) ORDER BY date)
                FILTER (WHERE status IS DISTINCT FROM 'open'), '[]'::json) AS "closedWorkingDays"
         FROM marked
        GROUP BY GROUPING SETS ((id, code, name, month), (id, code, name))
        ORDER BY code, month NULLS FIRST`,
      p.values,
    );
  }

  async attendance(
    actor: Actor, groupBy: AttendanceGroup, from: string, to: string, filters: { buildingId?: string; agencyId?: string; level?: string },
  ): Promise<{ rows: AttendanceRow[]; totals: { visitors: number; procedures: number } }> {
    const p = new SqlParams();
    const where = [`om.month >= ${p.add(`${from}-01`)}::date`, `om.month <= ${p.add(`${to}-01`)}::date`, ...scopeOf(actor, p, { building: 'om.building_id' })];
    if (filters.buildingId) where.push(`om.building_id = ${p.add(filters.buildingId)}::uuid`);
    if (filters.agencyId) where.push(`om.agency_id = ${p.add(filters.agencyId)}::uuid`);
    if (filters.level) where.push(`om.agency_id IN (SELECT id FROM agencies WHERE level = ${p.add(filters.level)})`);
    const g = GROUPS[groupBy];
    const rows = await this.read.query<AttendanceRow[]>(
      `SELECT ${g.outer} AS key, ${g.label} AS label, sum(i.visitors)::float8 AS visitors, sum(i.procedures)::float8 AS procedures
         FROM (SELECT ${g.inner} AS k, sum(om.visitors) AS visitors, sum(om.procedures) AS procedures
                 FROM operation_monthly om WHERE ${where.join(' AND ')} GROUP BY ${g.inner}) i
         ${g.join}
        GROUP BY ${g.outer}${groupBy === 'building' || groupBy === 'agency' ? '' : `, ${g.label}`}
        ORDER BY ${g.order}`,
      p.values,
    );
    const totals = rows.reduce((t, r) => ({ visitors: t.visitors + r.visitors, procedures: t.procedures + r.procedures }), { visitors: 0, procedures: 0 });
    return { rows, totals };
  }

  /** First and last month with data, for the default range. */
  async span(): Promise<{ first: string | null; last: string | null }> {
    const [row] = await this.read.query<{ first: string | null; last: string | null }[]>(
      `SELECT to_char(min(month), 'YYYY-MM') AS first, to_char(max(month), 'YYYY-MM') AS last FROM operation_monthly`,
    );
    return row;
  }

  async illustrative(): Promise<boolean> {
    const rows = await this.read.query<unknown[]>(`SELECT 1 FROM settings WHERE key = 'operationsIllustrative' AND value = 'true'::jsonb`);
    return rows.length > 0;
  }
}
