import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { monthSpan } from '../common/periods';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { SEVERITY_WEIGHT_SQL } from '../compliance/rollup';
import type { Candidate, DrawEntry } from './draw';

export interface Plan {
  id: string;
  period: string;
  seed: number;
  sampleSize: number;
  coverageMonths: number;
  status: 'draft' | 'approved';
  [field: string]: unknown;
}

const spec: ListSpec = {
  from: 'supervision_plans p',
  select: `p.id, p.period, p.seed::float8 AS seed, p.sample_size AS "sampleSize", p.coverage_months AS "coverageMonths", p.status,
    p.drawn_at AS "drawnAt", p.candidates, p.approved_at AS "approvedAt", p.approved_by AS "approvedBy",
    (SELECT u.full_name FROM users u WHERE u.id = p.approved_by) AS "approvedByName", p.checklist_id AS "checklistId",
    e.entries AS "entryCount", e.forced AS "forcedCount", e.buildings AS "buildingCount",
    (SELECT count(*)::int FROM inspections i WHERE i.plan_id = p.id) AS "inspectionCount",
    (SELECT count(*)::int FROM inspections i WHERE i.plan_id = p.id AND i.status = 'signed') AS "signedCount",
    p.created_at AS "createdAt", p.updated_at AS "updatedAt"`,
  pageJoins: `CROSS JOIN LATERAL (SELECT count(*)::int AS entries, count(*) FILTER (WHERE forced)::int AS forced,
      count(DISTINCT building_id)::int AS buildings FROM supervision_plan_entries x WHERE x.plan_id = p.id) e`,
  filters: {
    id: { expr: 'p.id', type: 'uuid' },
    period: { expr: 'p.period', type: 'text', range: true },
    status: { expr: 'p.status', type: 'text', values: ['draft', 'approved'] },
  },
  search: 'p.period',
  sorts: { period: 'p.period', status: 'p.status', approvedAt: 'p.approved_at', createdAt: 'p.created_at' },
  defaultSort: { field: 'period', order: 'DESC' },
  tieBreaker: 'p.id',
};

/**
 * Every occupied space of the month with its tenant and risk figures, in one statement, in a
 * deterministic order (building code, space code). Occupied = an agreement that is not a draft
 * covers some day of the month; the latest-ending one names the tenant.
 */
const CANDIDATES_SQL = `
WITH occ AS (
  SELECT DISTINCT ON (x.space_id) x.space_id, x.building_id, a.agency_id, lower(x.period) AS since
    FROM agreement_spaces x
    JOIN agreements a ON a.id = x.agreement_id
   WHERE x.blocking AND x.period && daterange($1::date, $2::date)
   ORDER BY x.space_id, upper(x.period) DESC, a.id
),
fails AS (
  SELECT f.space_id, f.agency_id, count(*)::int AS n, sum(${SEVERITY_WEIGHT_SQL('f.severity')})::int AS w
    FROM findings f JOIN inspections i ON i.id = f.inspection_id
   WHERE i.performed_on >= $3::date AND i.performed_on < $1::date
   GROUP BY f.space_id, f.agency_id
),
open_actions AS (
  SELECT f.space_id, f.agency_id, count(*)::int AS n
    FROM findings f WHERE f.status IN ('open','in_progress','answered','overdue')
   GROUP BY f.space_id, f.agency_id
),
last_space AS (
  SELECT x.space_id, max(i.performed_on) AS last
    FROM inspection_spaces x JOIN inspections i ON i.id = x.inspection_id
   WHERE i.status = 'signed' AND i.performed_on < $1::date
   GROUP BY x.space_id
),
last_tenant AS (
  SELECT building_id, agency_id, max(period) AS period FROM (
    SELECT x.building_id, x.agency_id, to_char(max(i.performed_on), 'YYYY-MM') AS period
      FROM inspection_spaces x JOIN inspections i ON i.id = x.inspection_id
     WHERE i.status = 'signed' AND i.performed_on < $1::date AND x.agency_id IS NOT NULL
     GROUP BY x.building_id, x.agency_id
    UNION ALL
    SELECT e.building_id, e.agency_id, max(p.period)
      FROM supervision_plan_entries e JOIN supervision_plans p ON p.id = e.plan_id
     WHERE p.status = 'approved' AND p.period < $4
     GROUP BY e.building_id, e.agency_id) t
  GROUP BY building_id, agency_id
),
tenant_since AS (
  SELECT building_id, agency_id, min(since) AS since FROM occ GROUP BY building_id, agency_id
)
SELECT o.building_id AS "buildingId", b.code AS "buildingCode", o.space_id AS "spaceId", s.code AS "spaceCode",
       o.agency_id AS "agencyId", g.acronym AS "agencyAcronym",
       COALESCE(fl.w, 0) AS "failWeight", COALESCE(fl.n, 0) AS "failCount",
       to_char(ls.last, 'YYYY-MM') AS "lastInspected", COALESCE(oa.n, 0) AS "openActions",
       lt.period AS "tenantCoveredIn", to_char(ts.since, 'YYYY-MM') AS "tenantSince"
  FROM occ o
  JOIN spaces s ON s.id = o.space_id AND s.active AND s.type <> 'common_area'
  JOIN buildings b ON b.id = o.building_id AND b.active
  JOIN agencies g ON g.id = o.agency_id
  JOIN tenant_since ts ON ts.building_id = o.building_id AND ts.agency_id = o.agency_id
  LEFT JOIN fails fl ON fl.space_id = o.space_id AND fl.agency_id = o.agency_id
  LEFT JOIN open_actions oa ON oa.space_id = o.space_id AND oa.agency_id = o.agency_id
  LEFT JOIN last_space ls ON ls.space_id = o.space_id
  LEFT JOIN last_tenant lt ON lt.building_id = o.building_id AND lt.agency_id = o.agency_id
 ORDER BY b.code, s.code, s.id`;

@Injectable()
export class PlansRepository {
  constructor(private readonly read: PoolReader) {}

  list(params: ListParams): Promise<Page<Plan>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findOne(id: string, tx: Queryable = this.read): Promise<Plan | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Plan[]>(selectSql(spec, [`p.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  candidates(tx: Queryable, period: string): Promise<Candidate[]> {
    return loadCandidates(tx, period);
  }

  async insert(tx: Queryable, d: { period: string; seed: number; sampleSize: number; coverageMonths: number; candidates: number }): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO supervision_plans (period, seed, sample_size, coverage_months, candidates) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [d.period, d.seed, d.sampleSize, d.coverageMonths, d.candidates],
    );
    return rows[0].id;
  }

  async redrawn(tx: Queryable, id: string, d: { seed: number; sampleSize: number; coverageMonths: number; candidates: number }): Promise<void> {
    await tx.query(
      `UPDATE supervision_plans SET seed = $2, sample_size = $3, coverage_months = $4, candidates = $5, drawn_at = now(), updated_at = now() WHERE id = $1`,
      [id, d.seed, d.sampleSize, d.coverageMonths, d.candidates],
    );
  }

  replaceEntries(tx: Queryable, planId: string, entries: DrawEntry[]): Promise<void> {
    return replaceEntries(tx, planId, entries);
  }

  entries(actor: Actor, planId: string, tx: Queryable = this.read): Promise<unknown[]> {
    const p = new SqlParams();
    const scope = scopeOf(actor, p, { building: 'e.building_id' });
    return tx.query(
      `SELECT e.id, e.position, e.building_id AS "buildingId", b.code AS "buildingCode", b.name AS "buildingName", e.space_id AS "spaceId",
              s.code AS "spaceCode", s.name AS "spaceName", e.agency_id AS "agencyId", g.acronym AS "agencyAcronym", g.name AS "agencyName",
              e.weight::float8 AS weight, e.probability::float8 AS probability, e.forced, e.reasons, e.inspection_id AS "inspectionId",
              i.folio AS "inspectionFolio", i.status AS "inspectionStatus"
         FROM supervision_plan_entries e
         JOIN buildings b ON b.id = e.building_id JOIN spaces s ON s.id = e.space_id JOIN agencies g ON g.id = e.agency_id
         LEFT JOIN inspections i ON i.id = e.inspection_id
        WHERE e.plan_id = ${p.add(planId)} ${scope.map((c) => `AND ${c}`).join(' ')}
        ORDER BY b.code, s.code`,
      p.values,
    );
  }

  async lock(tx: Queryable, id: string): Promise<{ status: string; period: string } | undefined> {
    const rows = await tx.query<{ status: string; period: string }[]>(`SELECT status, period FROM supervision_plans WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0];
  }

  async buildingsDrawn(tx: Queryable, planId: string): Promise<{ buildingId: string; spaceIds: string[] }[]> {
    return tx.query(
      `SELECT e.building_id AS "buildingId", array_agg(e.space_id ORDER BY s.code) AS "spaceIds"
         FROM supervision_plan_entries e JOIN buildings b ON b.id = e.building_id JOIN spaces s ON s.id = e.space_id
        WHERE e.plan_id = $1 GROUP BY e.building_id, b.code ORDER BY b.code`,
      [planId],
    );
  }

  async approve(tx: Queryable, id: string, actorId: string, checklistId: string): Promise<void> {
    await tx.query(
      `UPDATE supervision_plans SET status = 'approved', approved_at = now(), approved_by = $2, checklist_id = $3, updated_at = now() WHERE id = $1`,
      [id, actorId, checklistId],
    );
  }

  async linkInspection(tx: Queryable, planId: string, buildingId: string, inspectionId: string): Promise<void> {
    await tx.query(`UPDATE supervision_plan_entries SET inspection_id = $3 WHERE plan_id = $1 AND building_id = $2`, [planId, buildingId, inspectionId]);
  }
}

/** Replaces a plan's entries with a draw, in the draw's order. */
export async function replaceEntries(tx: Queryable, planId: string, entries: DrawEntry[]): Promise<void> {
  await tx.query(`DELETE FROM supervision_plan_entries WHERE plan_id = $1`, [planId]);
  if (!entries.length) return;
  await tx.query(
    `INSERT INTO supervision_plan_entries (plan_id, position, building_id, space_id, agency_id, weight, probability, forced, reasons)
     SELECT $1, t.position, t.building_id, t.space_id, t.agency_id, t.weight, t.probability, t.forced, t.reasons::jsonb
       FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::uuid[], $6::numeric[], $7::numeric[], $8::boolean[], $9::text[])
            AS t(position, building_id, space_id, agency_id, weight, probability, forced, reasons)`,
    [planId, entries.map((_, i) => i + 1), entries.map((e) => e.candidate.buildingId), entries.map((e) => e.candidate.spaceId),
      entries.map((e) => e.candidate.agencyId), entries.map((e) => e.weight.toFixed(4)), entries.map((e) => e.probability.toFixed(6)),
      entries.map((e) => e.forced), entries.map((e) => JSON.stringify(e.reasons))],
  );
}

/** The draw's candidates of a month (see CANDIDATES_SQL). */
export function loadCandidates(tx: Queryable, period: string): Promise<Candidate[]> {
  const span = monthSpan(period, period);
  const yearBefore = new Date(Date.parse(`${span.first}T00:00:00Z`));
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return tx.query<Candidate[]>(CANDIDATES_SQL, [span.first, span.next, yearBefore.toISOString().slice(0, 10), period]);
}
