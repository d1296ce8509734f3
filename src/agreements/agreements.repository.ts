import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import { invalid, isValidDate } from '../common/validation';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CreateAgreementDto } from './dto/agreement.dto';

export interface Agreement {
  id: string;
  folio: string;
  buildingId: string;
  agencyId: string;
  spaceIds: string[];
  kind: 'comodato' | 'lease';
  monthlyRent: string | null;
  startDate: string;
  endDate: string;
  status: (typeof AGREEMENT_STATUSES)[number];
  terminatedOn: string | null;
  [field: string]: unknown;
}

/** A rent, kind and savings baselines, and the days they apply to. */
export interface AgreementTerm {
  effectiveFrom: string;
  startsOn: string;
  endsOn: string;
  kind: Agreement['kind'];
  monthlyRent: string | null;
  referenceRentPerM2: string | null;
  previousMonthlyRent: string | null;
  previousMonthlyElectricity: string | null;
}

export type TermValues = Pick<AgreementTerm, 'kind' | 'monthlyRent' | 'referenceRentPerM2' | 'previousMonthlyRent' | 'previousMonthlyElectricity'>;

export type AgreementWrite = Partial<Omit<CreateAgreementDto, 'spaceIds' | 'activate'>> & {
  folio?: string;
  status?: Agreement['status'];
  terminatedOn?: string | null;
  terminationReason?: string | null;
  activatedAt?: Date;
};

const COLUMNS: ColumnMap<AgreementWrite> = {
  folio: 'folio', buildingId: 'building_id', agencyId: 'agency_id', kind: 'kind', monthlyRent: 'monthly_rent', startDate: 'start_date',
  endDate: 'end_date', headcount: 'headcount', referenceRentPerM2: 'reference_rent_per_m2', previousMonthlyRent: 'previous_monthly_rent',
  previousMonthlyElectricity: 'previous_monthly_electricity', notes: 'notes', status: 'status', terminatedOn: 'terminated_on',
  terminationReason: 'termination_reason', activatedAt: 'activated_at',
};

export function agreementsListSpec(): ListSpec {
  const day = today();
  return {
    from: 'agreements a',
    select: (q) => `a.id, a.folio, a.building_id AS "buildingId", b.code AS "buildingCode", a.agency_id AS "agencyId",
      g.name AS "agencyName", g.acronym AS "agencyAcronym", a.kind, a.monthly_rent AS "monthlyRent",
      a.start_date AS "startDate", a.end_date AS "endDate", a.headcount, a.status, a.terminated_on AS "terminatedOn",
      a.termination_reason AS "terminationReason", a.reference_rent_per_m2 AS "referenceRentPerM2",
      a.previous_monthly_rent AS "previousMonthlyRent", a.previous_monthly_electricity AS "previousMonthlyElectricity",
      a.notes, a.activated_at AS "activatedAt",
      sp.ids AS "spaceIds", sp.codes AS "spaceCodes", sp.area AS "usableAreaM2",
      (a.end_date - ${q.add(day)}::date) AS "daysToExpiry", a.created_at AS "createdAt", a.updated_at AS "updatedAt"`,
    // A page is at most a few dozen rows: look each one's building and agency up by key (OFFSET 0
    // keeps the planner from turning these into hash joins over whole tables).
    pageJoins: `CROSS JOIN LATERAL (SELECT code FROM buildings WHERE id = a.building_id OFFSET 0) b
      CROSS JOIN LATERAL (SELECT name, acronym FROM agencies WHERE id = a.agency_id OFFSET 0) g
      CROSS JOIN LATERAL (
        SELECT COALESCE(array_agg(x.space_id ORDER BY s.code), '{}') AS ids, COALESCE(array_agg(s.code ORDER BY s.code), '{}') AS codes,
               COALESCE(sum(s.usable_area_m2), 0)::float8 AS area
          FROM agreement_spaces x JOIN spaces s ON s.id = x.space_id WHERE x.agreement_id = a.id) sp`,
    filters: {
      id: { expr: 'a.id', type: 'uuid' },
      folio: { expr: 'a.folio', type: 'text' },
      buildingId: { expr: 'a.building_id', type: 'uuid' },
      agencyId: { expr: 'a.agency_id', type: 'uuid' },
      status: { expr: 'a.status', type: 'text', values: AGREEMENT_STATUSES },
      kind: { expr: 'a.kind', type: 'text', values: AGREEMENT_KINDS },
      startDate: { expr: 'a.start_date', type: 'date', range: true },
      endDate: { expr: 'a.end_date', type: 'date', range: true },
      headcount: { expr: 'a.headcount', type: 'int', range: true },
    },
    custom: {
      spaceId: (value, q) => `EXISTS (SELECT 1 FROM agreement_spaces x WHERE x.agreement_id = a.id AND x.space_id = ${q.add(uuidOrFail(value))}::uuid)`,
      expiringWithinDays: (value, q) =>
        `a.status = 'active' AND a.end_date BETWEEN ${q.add(day)}::date AND ${q.add(day)}::date + ${q.add(daysOrFail(value))}::int`,
      activeOn: (value, q) => `a.status <> 'draft' AND ${q.add(dateOrFail(value))}::date BETWEEN a.start_date AND COALESCE(a.terminated_on, a.end_date)`,
    },
    search: `(a.folio || ' ' || (SELECT g2.acronym || ' ' || g2.name FROM agencies g2 WHERE g2.id = a.agency_id))`,
    sorts: {
      folio: 'a.folio', startDate: 'a.start_date', endDate: 'a.end_date', status: 'a.status', headcount: 'a.headcount',
      createdAt: 'a.created_at', kind: 'a.kind',
      buildingId: '(SELECT b2.code FROM buildings b2 WHERE b2.id = a.building_id)',
      agencyId: '(SELECT g2.acronym FROM agencies g2 WHERE g2.id = a.agency_id)',
    },
    notNullSorts: ['folio', 'startDate', 'endDate', 'status', 'headcount', 'createdAt', 'kind'],
    defaultSort: { field: 'startDate', order: 'DESC' },
    tieBreaker: 'a.id',
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidOrFail(value: unknown): string {
  if (typeof value === 'string' && UUID.test(value)) return value;
  throw invalid({ spaceId: 'Debe ser un identificador válido' });
}
function daysOrFail(value: unknown): number {
  const days = Number(value);
  if (Number.isInteger(days) && days >= 0 && days <= 3660) return days;
  throw invalid({ expiringWithinDays: 'Debe ser un número de días entre 0 y 3660' });
}
function dateOrFail(value: unknown): string {
  if (isValidDate(value)) return value;
  throw invalid({ activeOn: 'Debe ser una fecha AAAA-MM-DD' });
}

/** Building administrators see their buildings' agreements; a liaison, their agency's. */
const agreementScope = (actor: Actor, p: SqlParams) => scopeOf(actor, p, { building: 'a.building_id', agency: 'a.agency_id' });

export interface Collision {
  agreementId: string;
  folio: string;
  spaceId: string;
  spaceCode: string;
  startDate: string;
  endDate: string;
}

@Injectable()
export class AgreementsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Agreement>> {
    const p = new SqlParams();
    return runList(this.read, agreementsListSpec(), params, p, agreementScope(actor, p));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Agreement | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Agreement[]>(selectSql(agreementsListSpec(), [`a.id = ${p.add(id)}`, ...agreementScope(actor, p)], p), p.values);
    return rows[0] && { ...rows[0], terms: await this.terms(id, tx) };
  }

  /** Next folio of a building and year, e.g. CSA-TOL-2026-0007; the counter row serialises writers. */
  async nextFolio(tx: Queryable, buildingId: string, year: number): Promise<string> {
    const rows = await tx.query<{ code: string; n: number }[]>(
      `WITH next AS (
         INSERT INTO folio_counters (building_id, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (building_id, year) DO UPDATE SET last_number = folio_counters.last_number + 1
         RETURNING last_number)
       SELECT b.code, next.last_number AS n FROM next, buildings b WHERE b.id = $1`,
      [buildingId, year],
    );
    return `${rows[0].code}-${year}-${String(rows[0].n).padStart(4, '0')}`;
  }

  /** The agreement's terms in order, each with the days it applies to (an empty span when superseded). */
  terms(id: string, tx: Queryable = this.read): Promise<AgreementTerm[]> {
    return tx.query<AgreementTerm[]>(
      `SELECT to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", kind, monthly_rent AS "monthlyRent", reference_rent_per_m2 AS "referenceRentPerM2",
              previous_monthly_rent AS "previousMonthlyRent", previous_monthly_electricity AS "previousMonthlyElectricity"
         FROM agreement_term_spans WHERE agreement_id = $1 AND starts_on <= ends_on ORDER BY effective_from`,
      [id],
    );
  }

  /**
   * New terms from a day on: the terms from that day are replaced by these. Without a day, these
   * become the agreement's only term. The agreement's own columns are then written to the same
   * values (they keep its latest term).
   */
  async replaceTerms(tx: Queryable, id: string, from: string | null, values: TermValues): Promise<void> {
    if (from) {
      await tx.query(`DELETE FROM agreement_terms WHERE agreement_id = $1 AND effective_from >= $2`, [id, from]);
    } else {
      await tx.query(`DELETE FROM agreement_terms WHERE agreement_id = $1`, [id]);
    }
    await tx.query(
      `INSERT INTO agreement_terms (agreement_id, effective_from, kind, monthly_rent, reference_rent_per_m2, previous_monthly_rent, previous_monthly_electricity)
       SELECT a.id, COALESCE($2::date, a.start_date), $3, $4, $5, $6, $7 FROM agreements a WHERE a.id = $1`,
      [id, from, values.kind, values.monthlyRent, values.referenceRentPerM2, values.previousMonthlyRent, values.previousMonthlyElectricity],
    );
  }

  insert(tx: Queryable, data: AgreementWrite): Promise<string> {
    return insertRow(tx, 'agreements', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: AgreementWrite): Promise<void> {
    return updateRow(tx, 'agreements', COLUMNS, id, data);
  }

  async setSpaces(tx: Queryable, id: string, buildingId: string, spaceIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM agreement_spaces WHERE agreement_id = $1 AND NOT (space_id = ANY($2::uuid[]))`, [id, spaceIds]);
    await tx.query(
      `INSERT INTO agreement_spaces (agreement_id, space_id, building_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT (agreement_id, space_id) DO NOTHING`,
      [id, spaceIds, buildingId],
    );
  }

  /** The spaces among `spaceIds` that are not active or not available for assignment. */
  async unassignable(tx: Queryable, buildingId: string, spaceIds: string[]): Promise<{ code: string; reason: string }[]> {
    return tx.query(
      `SELECT s.code, CASE WHEN s.building_id <> $1 THEN 'otro inmueble' WHEN NOT s.active THEN 'inactivo'
                           WHEN s.type = 'common_area' THEN 'área común' ELSE 'en mantenimiento o fuera de servicio' END AS reason
         FROM spaces s
        WHERE s.id = ANY($2::uuid[]) AND (s.building_id <> $1 OR NOT s.active OR s.condition <> 'available' OR s.type = 'common_area')
        ORDER BY s.code`,
      [buildingId, spaceIds],
    );
  }

  /** The blocking agreement that holds `spaceId` during `period`, other than `exceptId`. */
  async collision(spaceId: string, period: string, exceptId: string | null): Promise<Collision | undefined> {
    const rows = await this.read.query<Collision[]>(
      `SELECT a.id AS "agreementId", a.folio, s.id AS "spaceId", s.code AS "spaceCode",
              a.start_date AS "startDate", COALESCE(a.terminated_on, a.end_date) AS "endDate"
         FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id JOIN spaces s ON s.id = x.space_id
        WHERE x.space_id = $1 AND x.blocking AND x.period && $2::daterange AND ($3::uuid IS NULL OR a.id <> $3::uuid)
        ORDER BY a.start_date LIMIT 1`,
      [spaceId, period, exceptId],
    );
    return rows[0];
  }
}
