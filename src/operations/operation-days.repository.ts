import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { invalid } from '../common/validation';
import { PoolReader } from '../database/pool-reader';
import { DAY_STATUSES, type DayStatus } from './dto/operation-day.dto';

export interface OperationCount {
  agencyId: string;
  agencyAcronym: string;
  agencyName: string;
  visitors: number;
  procedures: number;
}

export interface OperationDay {
  id: string;
  buildingId: string;
  buildingCode: string;
  date: string;
  status: DayStatus;
  closedReason: string | null;
  visitors: number;
  procedures: number;
  workingDay: boolean;
  counts: OperationCount[];
}

const COUNTS = `COALESCE((SELECT json_agg(json_build_object('agencyId', c.agency_id, 'agencyAcronym', g.acronym, 'agencyName', g.name,
    'visitors', c.visitors, 'procedures', c.procedures) ORDER BY g.acronym, g.name)
  FROM operation_counts c JOIN agencies g ON g.id = c.agency_id WHERE c.building_id = od.building_id AND c.date = od.date), '[]'::json)`;

/** The list needs the calendar: `nonWorking` is the array of non-working dates it compares with. */
function specOf(nonWorking: string[]): ListSpec {
  const working = (p: SqlParams) => `(od.date <> ALL(${p.add(nonWorking)}::date[]))`;
  return {
    from: 'operation_days od',
    select: (p) => `od.id, od.building_id AS "buildingId", b.code AS "buildingCode", b.name AS "buildingName", od.date, od.status,
      od.closed_reason AS "closedReason", od.visitors, od.procedures, ${working(p)} AS "workingDay", ${COUNTS} AS counts,
      od.created_at AS "createdAt", od.updated_at AS "updatedAt"`,
    pageJoins: 'JOIN buildings b ON b.id = od.building_id',
    filters: {
      id: { expr: 'od.id', type: 'uuid' },
      buildingId: { expr: 'od.building_id', type: 'uuid' },
      date: { expr: 'od.date', type: 'date', range: true },
      status: { expr: 'od.status', type: 'text', values: DAY_STATUSES },
      visitors: { expr: 'od.visitors', type: 'int', range: true },
    },
    custom: {
      workingDay: (value, p) => {
        if (![true, false, 'true', 'false'].includes(value as string)) throw invalid({ workingDay: 'Debe ser verdadero o falso' });
        return `${working(p)} = ${p.add(value === true || value === 'true')}::boolean`;
      },
    },
    search: 'od.closed_reason',
    sorts: {
      date: 'od.date', status: 'od.status', visitors: 'od.visitors', procedures: 'od.procedures',
      buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = od.building_id)',
    },
    defaultSort: { field: 'date', order: 'DESC' },
    tieBreaker: 'od.id',
  };
}

@Injectable()
export class OperationDaysRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams, nonWorking: string[]): Promise<Page<OperationDay>> {
    const p = new SqlParams();
    return runList(this.read, specOf(nonWorking), params, p, scopeOf(actor, p, { building: 'od.building_id' }));
  }

  async findOne(actor: Actor, id: string, nonWorking: string[], tx: Queryable = this.read): Promise<OperationDay | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<OperationDay[]>(
      selectSql(specOf(nonWorking), [`od.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'od.building_id' })], p),
      p.values,
    );
    return rows[0];
  }

  async insertDay(tx: Queryable, day: { buildingId: string; date: string; status: DayStatus; closedReason: string | null }): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO operation_days (building_id, date, status, closed_reason) VALUES ($1, $2, $3, $4) RETURNING id`,
      [day.buildingId, day.date, day.status, day.closedReason],
    );
    return rows[0].id;
  }

  async updateDay(tx: Queryable, id: string, day: { status: DayStatus; closedReason: string | null }): Promise<void> {
    await tx.query(`UPDATE operation_days SET status = $2, closed_reason = $3, source = 'manual', updated_at = now() WHERE id = $1`, [id, day.status, day.closedReason]);
  }

  /** Replaces the day's counts and sets its totals. */
  async replaceCounts(tx: Queryable, buildingId: string, date: string, counts: { agencyId: string; visitors: number; procedures: number }[]): Promise<void> {
    await tx.query(`DELETE FROM operation_counts WHERE building_id = $1 AND date = $2`, [buildingId, date]);
    if (counts.length) {
      await tx.query(
        `INSERT INTO operation_counts (building_id, date, agency_id, visitors, procedures)
         SELECT $1, $2, * FROM unnest($3::uuid[], $4::int[], $5::int[])`,
        [buildingId, date, counts.map((c) => c.agencyId), counts.map((c) => c.visitors), counts.map((c) => c.procedures)],
      );
    }
    await tx.query(
      `UPDATE operation_days SET visitors = $3, procedures = $4, source = 'manual' WHERE building_id = $1 AND date = $2`,
      [buildingId, date, counts.reduce((s, c) => s + c.visitors, 0), counts.reduce((s, c) => s + c.procedures, 0)],
    );
  }

  async buildingOpenedOn(tx: Queryable, buildingId: string): Promise<{ openedOn: string | null } | undefined> {
    const rows = await tx.query<{ openedOn: string | null }[]>(`SELECT opened_on AS "openedOn" FROM buildings WHERE id = $1`, [buildingId]);
    return rows[0];
  }

  async unknownAgencies(tx: Queryable, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx.query<{ id: string }[]>(`SELECT x.id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM agencies g WHERE g.id = x.id)`, [ids]);
    return rows.map((r) => r.id);
  }
}
