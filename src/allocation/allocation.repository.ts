import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { ListParams, ListSpec, Page, runList, selectSql } from '../common/list-query';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { ALLOCATE_SQL, REMOVE_CHARGES_SQL, SUBMETER_WARNINGS_SQL } from './allocation.sql';

export interface AllocationRun {
  id: string;
  period: string;
  buildingId: string | null;
  bills: number;
  charges: number;
  totalAmount: string;
  vacancyAmount: string;
  warnings: Warning[];
  [field: string]: unknown;
}

export interface Warning {
  buildingId: string;
  serviceId: string;
  message: string;
}

const RUN_SELECT = `r.id, r.period, r.building_id AS "buildingId", r.run_by AS "runBy", r.started_at AS "startedAt",
  r.bills, r.charges, r.total_amount AS "totalAmount", r.vacancy_amount AS "vacancyAmount", r.warnings`;

const runsSpec: ListSpec = {
  from: 'allocation_runs r',
  select: RUN_SELECT,
  filters: { id: { expr: 'r.id', type: 'uuid' }, period: { expr: 'r.period', type: 'text' }, buildingId: { expr: 'r.building_id', type: 'uuid' } },
  sorts: { startedAt: 'r.started_at', period: 'r.period' },
  defaultSort: { field: 'startedAt', order: 'DESC' },
  tieBreaker: 'r.id',
};

/**
 * Runs as a role that does not reach every building sees them: only runs of its buildings or of all
 * buildings, and of a run over all buildings only its buildings' figures (from the run's totals by
 * building), never the global ones.
 */
function runsSpecFor(actor: Actor): ListSpec {
  if (!scopeOf(actor, new SqlParams(), { building: 'r.building_id' }).length) return runsSpec;
  const within = (q: SqlParams, expr: string) => scopeOf(actor, q, { building: expr }).join(' AND ');
  return {
    ...runsSpec,
    select: (q) => {
      const totals = `FROM charge_totals t WHERE t.run_id = r.id AND ${within(q, 't.building_id')}`;
      return `r.id, r.period, r.building_id AS "buildingId", r.run_by AS "runBy", r.started_at AS "startedAt",
        (SELECT count(*)::int FROM utility_bills ub WHERE ub.period = r.period AND ${within(q, 'ub.building_id')}
            AND EXISTS (SELECT 1 FROM charges c WHERE c.bill_id = ub.id AND c.run_id = r.id)) AS bills,
        (SELECT COALESCE(sum(t.charges), 0)::int ${totals}) AS charges,
        (SELECT (COALESCE(sum(t.amount), 0) / 100.0)::numeric(16,2) ${totals}) AS "totalAmount",
        (SELECT (COALESCE(sum(t.amount) FILTER (WHERE t.payer = 'vacancy'), 0) / 100.0)::numeric(16,2) ${totals}) AS "vacancyAmount",
        (SELECT COALESCE(jsonb_agg(w), '[]'::jsonb) FROM jsonb_array_elements(r.warnings) w WHERE ${within(q, `(w->>'buildingId')::uuid`)}) AS warnings`;
    },
  };
}

/** Runs of the actor's buildings, or of all buildings (whose figures runsSpecFor narrows). */
const runScope = (actor: Actor, p: SqlParams) =>
  scopeOf(actor, p, { building: (ids) => `(r.building_id IS NULL OR r.building_id = ANY(${ids}))` });

const chargesSpec: ListSpec = {
  from: 'charges c',
  select: `c.id, c.run_id AS "runId", c.bill_id AS "billId", c.period, c.building_id AS "buildingId", b.code AS "buildingCode",
    c.service_id AS "serviceId", s.name AS "serviceName", s.kind AS "serviceKind", c.agency_id AS "agencyId", g.acronym AS "agencyAcronym",
    c.payer, c.basis, c.basis_quantity AS "basisQuantity", c.denominator, c.days_covered AS "daysCovered", c.rate,
    c.exact_amount AS "exactAmount", c.amount, c.rounding_adjustment AS "roundingAdjustment"`,
  pageJoins: `JOIN buildings b ON b.id = c.building_id JOIN utility_services s ON s.id = c.service_id LEFT JOIN agencies g ON g.id = c.agency_id`,
  filters: {
    id: { expr: 'c.id', type: 'uuid' },
    period: { expr: 'c.period', type: 'text', range: true },
    buildingId: { expr: 'c.building_id', type: 'uuid' },
    agencyId: { expr: 'c.agency_id', type: 'uuid' },
    serviceId: { expr: 'c.service_id', type: 'uuid' },
    billId: { expr: 'c.bill_id', type: 'uuid' },
    payer: { expr: 'c.payer', type: 'text', values: ['tenant', 'vacancy', 'exempt'] },
  },
  sorts: { period: 'c.period', amount: 'c.amount', payer: 'c.payer', basisQuantity: 'c.basis_quantity' },
  defaultSort: { field: 'period', order: 'DESC' },
  tieBreaker: 'c.id',
};

const adjustmentsSpec: ListSpec = {
  from: 'adjustments j',
  select: `j.id, j.period, j.corrects_period AS "correctsPeriod", j.building_id AS "buildingId", j.service_id AS "serviceId",
    j.agency_id AS "agencyId", j.amount, j.reason, j.created_by AS "createdBy", j.created_at AS "createdAt"`,
  filters: {
    id: { expr: 'j.id', type: 'uuid' },
    period: { expr: 'j.period', type: 'text', range: true },
    correctsPeriod: { expr: 'j.corrects_period', type: 'text' },
    buildingId: { expr: 'j.building_id', type: 'uuid' },
    agencyId: { expr: 'j.agency_id', type: 'uuid' },
    serviceId: { expr: 'j.service_id', type: 'uuid' },
  },
  search: 'j.reason',
  sorts: { period: 'j.period', createdAt: 'j.created_at', amount: 'j.amount' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  tieBreaker: 'j.id',
};

/** What a role may see of costs: a building administrator its buildings, a liaison its agency. */
function costScope(actor: Actor, alias: string, p: SqlParams): string[] {
  return scopeOf(actor, p, { building: `${alias}.building_id`, agency: `${alias}.agency_id` });
}

@Injectable()
export class AllocationRepository {
  constructor(private readonly read: PoolReader) {}

  /**
   * Replaces the charges of the runs' periods (of one building or all) with a fresh allocation in
   * one statement, with their totals and each run's figures; returns each run's bill count.
   */
  async allocate(tx: Queryable, runs: { id: string; period: string }[], buildingId: string | null): Promise<Map<string, number>> {
    const periods = runs.map((r) => r.period);
    // This transaction's statements keep the charges' totals themselves (the row trigger stands aside).
    await tx.query(`SELECT set_config('csa.charge_totals', 'statement', true)`);
    for (const sql of REMOVE_CHARGES_SQL) await tx.query(sql, [periods, buildingId]);
    // A statement this size is planned and run in well under a second: compiling it (JIT) costs more.
    // Its sorts and hashes of a few hundred thousand rows stay in memory rather than spill to disk.
    await tx.query(`SET LOCAL jit = off`);
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    const rows = await tx.query<{ id: string; bills: number }[]>(ALLOCATE_SQL, [periods[0], buildingId, periods.at(-1), periods, runs.map((r) => r.id)]);
    await tx.query(`SELECT set_config('csa.charge_totals', 'row', true)`);
    return new Map(rows.map((r) => [r.id, r.bills]));
  }

  /** The warnings of each month from `from` to `to`, by period. */
  async warnings(tx: Queryable, from: string, to: string, buildingId: string | null): Promise<Map<string, Warning[]>> {
    const rows = await tx.query<{ period: string; buildingId: string; serviceId: string; buildingCode: string; serviceName: string; sub: number; main: number }[]>(
      SUBMETER_WARNINGS_SQL,
      [from, buildingId, to],
    );
    const byPeriod = new Map<string, Warning[]>();
    for (const r of rows) {
      const message =
        r.sub > r.main
          ? `${r.buildingCode} · ${r.serviceName}: los submedidores suman ${fmt(r.sub)}, más que el medidor principal (${fmt(r.main)})`
          : `${r.buildingCode} · ${r.serviceName}: los submedidores suman ${fmt(r.sub)}, menos de la mitad del medidor principal (${fmt(r.main)})`;
      byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), { buildingId: r.buildingId, serviceId: r.serviceId, message }]);
    }
    return byPeriod;
  }

  /** Billed readings can no longer change except through signed adjustments. */
  async lockReadings(tx: Queryable, periods: string[], buildingId: string | null): Promise<void> {
    await tx.query(
      `UPDATE meter_readings r SET locked = true, updated_at = now() FROM meters m
        WHERE m.id = r.meter_id AND r.period = ANY($1::char(7)[]) AND NOT r.locked AND ($2::uuid IS NULL OR m.building_id = $2::uuid)
          AND EXISTS (SELECT 1 FROM utility_bills b WHERE b.service_id = m.service_id AND b.period = r.period)`,
      [periods, buildingId],
    );
  }

  async insertRuns(tx: Queryable, periods: string[], buildingId: string | null, runBy: string): Promise<{ id: string; period: string }[]> {
    return tx.query(
      `INSERT INTO allocation_runs (period, building_id, run_by) SELECT p, $2, $3 FROM unnest($1::text[]) AS p
       RETURNING id, period::text AS period`,
      [periods, buildingId, runBy],
    );
  }

  async recordWarnings(tx: Queryable, runId: string, warnings: Warning[]): Promise<void> {
    await tx.query(`UPDATE allocation_runs SET warnings = $2::jsonb WHERE id = $1`, [runId, JSON.stringify(warnings)]);
  }

  async findRuns(tx: Queryable, ids: string[]): Promise<AllocationRun[]> {
    return tx.query<AllocationRun[]>(`SELECT ${RUN_SELECT} FROM allocation_runs r WHERE r.id = ANY($1::uuid[]) ORDER BY r.period`, [ids]);
  }

  listRuns(actor: Actor, params: ListParams): Promise<Page<AllocationRun>> {
    const p = new SqlParams();
    return runList(this.read, runsSpecFor(actor), params, p, runScope(actor, p));
  }

  async findRun(actor: Actor, id: string): Promise<AllocationRun | undefined> {
    const p = new SqlParams();
    const rows = await this.read.query<AllocationRun[]>(selectSql(runsSpecFor(actor), [`r.id = ${p.add(id)}`, ...runScope(actor, p)], p), p.values);
    return rows[0];
  }

  listCharges(actor: Actor, params: ListParams): Promise<Page<unknown>> {
    const p = new SqlParams();
    return runList(this.read, chargesSpec, params, p, costScope(actor, 'c', p));
  }

  async findCharge(actor: Actor, id: string): Promise<unknown> {
    const p = new SqlParams();
    const rows = await this.read.query<unknown[]>(selectSql(chargesSpec, [`c.id = ${p.add(id)}`, ...costScope(actor, 'c', p)], p), p.values);
    return rows[0];
  }

  /** Tenants × services of one building and period, with the DGRM's vacancy row. */
  async matrix(actor: Actor, period: string, buildingId: string) {
    const p = new SqlParams();
    const scope = costScope(actor, 'c', p);
    const values = [...p.values];
    const periodParam = `$${values.push(period)}`;
    const buildingParam = `$${values.push(buildingId)}`;
    const cells = await this.read.query<{ agencyId: string | null; acronym: string | null; payer: string; serviceId: string; amount: string }[]>(
      `SELECT c.agency_id AS "agencyId", COALESCE(g.acronym, 'DGRM (vacante)') AS acronym, c.payer, c.service_id AS "serviceId", sum(c.amount)::text AS amount
         FROM charges c LEFT JOIN agencies g ON g.id = c.agency_id
        WHERE c.period = ${periodParam} AND c.building_id = ${buildingParam} ${scope.length ? `AND ${scope.join(' AND ')}` : ''}
        GROUP BY 1, 2, 3, 4 ORDER BY c.payer = 'vacancy', 2`,
      values,
    );
    const services = await this.read.query<{ id: string; name: string; kind: string; billed: string }[]>(
      `SELECT s.id, s.name, s.kind, COALESCE(sum(b.amount), 0)::text AS billed
         FROM utility_services s LEFT JOIN utility_bills b ON b.service_id = s.id AND b.period = $1
        WHERE s.building_id = $2 GROUP BY s.id ORDER BY s.kind, s.name`,
      [period, buildingId],
    );
    return { cells, services };
  }

  listAdjustments(actor: Actor, params: ListParams): Promise<Page<unknown>> {
    const p = new SqlParams();
    return runList(this.read, adjustmentsSpec, params, p, costScope(actor, 'j', p));
  }

  async findAdjustment(actor: Actor, id: string, tx: Queryable = this.read): Promise<unknown> {
    const p = new SqlParams();
    const rows = await tx.query<unknown[]>(selectSql(adjustmentsSpec, [`j.id = ${p.add(id)}`, ...costScope(actor, 'j', p)], p), p.values);
    return rows[0];
  }

  async periods(actor: Actor): Promise<unknown[]> {
    const p = new SqlParams();
    const within = (expr: string) => scopeOf(actor, p, { building: expr }).map((c) => `AND ${c}`).join(' ');
    return this.read.query<unknown[]>(
      `WITH months AS (SELECT period FROM periods UNION SELECT DISTINCT period FROM utility_bills)
       SELECT m.period AS id, m.period, COALESCE(pr.status, 'open') AS status, pr.closed_at AS "closedAt", pr.closed_by AS "closedBy",
              (SELECT count(*)::int FROM utility_bills b WHERE b.period = m.period ${within('b.building_id')}) AS bills,
              (SELECT COALESCE(sum(b.amount), 0)::text FROM utility_bills b WHERE b.period = m.period ${within('b.building_id')}) AS billed,
              (SELECT COALESCE(sum(c.amount), 0)::text FROM charges c WHERE c.period = m.period AND c.payer = 'tenant' ${within('c.building_id')}) AS charged,
              (SELECT COALESCE(sum(c.amount), 0)::text FROM charges c WHERE c.period = m.period AND c.payer <> 'tenant' ${within('c.building_id')}) AS vacancy
         FROM months m LEFT JOIN periods pr ON pr.period = m.period
        ORDER BY m.period DESC`,
      p.values,
    );
  }
}

const fmt = (n: number) => new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 }).format(n);
