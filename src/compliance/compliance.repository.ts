import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { scopeOf } from '../common/scope';
import { SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import { PoolReader } from '../database/pool-reader';
import { NO_AGENCY } from './rollup';

export interface MonthFigures {
  key: string;
  period: string;
  checked: number;
  compliant: number;
  failed: number;
  notApplicable: number;
  weightApplicable: number;
  weightCompliant: number;
}

export interface Subject { key: string; code: string; name: string; level?: string }

export interface Actions { key: string; open: number; overdue: number }

export interface ScorecardFilter { groupBy: 'agency' | 'building'; buildingId?: string; agencyId?: string }

/** Scorecards read the monthly rollup (never the raw results) and the current state of the findings. */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly read: PoolReader) {}

  months(actor: Actor, f: ScorecardFilter, from: string, to: string): Promise<MonthFigures[]> {
    const p = new SqlParams();
    const key = f.groupBy === 'agency' ? 'm.agency_key' : 'm.building_id';
    const where = [`m.period >= ${p.add(from)}`, `m.period <= ${p.add(to)}`, ...this.filters(actor, f, p, 'm.building_id', 'm.agency_key')];
    if (f.groupBy === 'agency') where.push(`m.agency_key <> '${NO_AGENCY}'::uuid`);
    return this.read.query(
      `SELECT ${key}::text AS key, m.period, sum(m.checked)::int AS checked, sum(m.compliant)::int AS compliant, sum(m.failed)::int AS failed,
              sum(m.not_applicable)::int AS "notApplicable", sum(m.weight_applicable)::int AS "weightApplicable",
              sum(m.weight_compliant)::int AS "weightCompliant"
         FROM compliance_monthly m WHERE ${where.join(' AND ')} GROUP BY 1, 2`,
      p.values,
    );
  }

  actions(actor: Actor, f: ScorecardFilter): Promise<Actions[]> {
    const p = new SqlParams();
    const key = f.groupBy === 'agency' ? 'f.agency_id' : 'f.building_id';
    const where = [`f.status IN ('open','in_progress','answered','overdue')`, ...this.filters(actor, f, p, 'f.building_id', 'f.agency_id')];
    if (f.groupBy === 'agency') where.push('f.agency_id IS NOT NULL');
    return this.read.query(
      `SELECT ${key}::text AS key, count(*)::int AS open,
              count(*) FILTER (WHERE f.status = 'overdue' OR (f.status IN ('open','in_progress') AND f.due_on < ${p.add(today())}::date))::int AS overdue
         FROM findings f WHERE ${where.join(' AND ')} GROUP BY 1`,
      p.values,
    );
  }

  subjects(groupBy: 'agency' | 'building', keys: string[]): Promise<Subject[]> {
    return groupBy === 'agency'
      ? this.read.query(`SELECT id::text AS key, acronym AS code, name, level FROM agencies WHERE id = ANY($1::uuid[])`, [keys])
      : this.read.query(`SELECT id::text AS key, code, name FROM buildings WHERE id = ANY($1::uuid[])`, [keys]);
  }

  private filters(actor: Actor, f: ScorecardFilter, p: SqlParams, buildingExpr: string, agencyExpr: string): string[] {
    return [
      ...scopeOf(actor, p, { building: buildingExpr, agency: agencyExpr }),
      ...(f.buildingId ? [`${buildingExpr} = ${p.add(f.buildingId)}::uuid`] : []),
      ...(f.agencyId ? [`${agencyExpr} = ${p.add(f.agencyId)}::uuid`] : []),
    ];
  }
}
