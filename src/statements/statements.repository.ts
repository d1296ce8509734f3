import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { EVERY_ROW, scopeOf } from '../common/scope';
import { SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import { currentRunsSql } from './current-charges';
import type { StatementAgency } from './dto/statement.dto';
import type { MonthSpan } from '../common/periods';

/** One row of the statement query: a charge line, a month of rent or an adjustment, with its sums. */
export interface StatementItemRow {
  kind: 'service' | 'rent' | 'adjustment';
  buildingId: string;
  buildingCode: string;
  buildingName: string;
  period: string;
  amount: string;
  detail: Record<string, unknown>;
  servicesTotal: string;
  rentTotal: string;
  subtotal: string;
  adjustmentsTotal: string;
  total: string;
}

const money = (expr: string) => `COALESCE(${expr}, 0)::numeric(16,2)::text`;

@Injectable()
export class StatementsRepository {
  constructor(private readonly read: PoolReader) {}

  /** The agency, when it exists and lies in the actor's scope. */
  async agency(actor: Actor, id: string): Promise<StatementAgency | undefined> {
    const p = new SqlParams();
    const where = [`g.id = ${p.add(id)}::uuid`, ...scopeOf(actor, p, { building: EVERY_ROW, agency: 'g.id' })];
    const rows = await this.read.query<StatementAgency[]>(
      `SELECT g.id, g.name, g.acronym, g.level, g.rfc FROM agencies g WHERE ${where.join(' AND ')}`,
      p.values,
    );
    return rows[0];
  }

  /**
   * Everything the agency owes for the span, in one statement: its share of each bill (charges of
   * the current allocation runs, payer `tenant`), the rent of its leases pro-rated by the days
   * covered in each month under the term in force on them, and the adjustments posted to it in the span. Sums are taken here, in
   * numeric: per building (services, rent, subtotal) and overall (adjustments, total).
   */
  items(actor: Actor, agencyId: string, span: MonthSpan): Promise<StatementItemRow[]> {
    const p = new SqlParams();
    const agency = p.add(agencyId);
    const fromPeriod = p.add(span.fromPeriod);
    const toPeriod = p.add(span.toPeriod);
    const first = p.add(span.first);
    const next = p.add(span.next);
    // The agency itself was checked against the actor's reach by agency().
    const scope = (expr: string) => scopeOf(actor, p, { building: expr, agency: EVERY_ROW }).map((c) => `AND ${c}`).join(' ');
    return this.read.query<StatementItemRow[]>(
      `WITH runs AS (${currentRunsSql(fromPeriod, toPeriod)}),
       charged AS (
         SELECT 'service'::text AS kind, c.building_id, c.period::text AS period, sum(c.amount) AS amount,
                jsonb_build_object('serviceId', s.id, 'service', s.name, 'serviceKind', s.kind, 'basis', min(c.basis),
                                   'basisQuantity', sum(c.basis_quantity)::float8, 'daysCovered', max(c.days_covered),
                                   'invoiceNumber', u.invoice_number) AS detail,
                s.name || '|' || c.period || '|' || u.invoice_number AS sort_key
           FROM charges c
           JOIN runs r ON r.run_id = c.run_id AND r.building_id = c.building_id
           JOIN utility_services s ON s.id = c.service_id
           JOIN utility_bills u ON u.id = c.bill_id
          WHERE c.agency_id = ${agency}::uuid AND c.payer = 'tenant' AND c.period BETWEEN ${fromPeriod} AND ${toPeriod} ${scope('c.building_id')}
          GROUP BY c.building_id, c.period, s.id, u.id
       ),
       rent AS (
         SELECT 'rent'::text AS kind, a.building_id, to_char(m, 'YYYY-MM') AS period,
                round(t.monthly_rent * d.days / d.month_days, 2) AS amount,
                jsonb_build_object('agreementId', a.id, 'folio', a.folio, 'monthlyRent', t.monthly_rent::text,
                                   'daysCovered', d.days, 'daysInMonth', d.month_days) AS detail,
                to_char(m, 'YYYY-MM') || '|' || a.folio || '|' || t.starts_on AS sort_key
           FROM agreements a
           CROSS JOIN LATERAL (
             SELECT w.monthly_rent, w.kind,
                    CASE WHEN w.previous IS NULL THEN a.start_date ELSE GREATEST(w.effective_from, a.start_date) END AS starts_on,
                    LEAST(COALESCE(w.next - 1, 'infinity'::date), COALESCE(a.terminated_on, a.end_date)) AS ends_on
               FROM (SELECT x.*, lag(x.effective_from) OVER o AS previous, lead(x.effective_from) OVER o AS next
                       FROM agreement_terms x WHERE x.agreement_id = a.id WINDOW o AS (ORDER BY x.effective_from)) w
           ) t
           CROSS JOIN LATERAL generate_series(date_trunc('month', GREATEST(t.starts_on, ${first}::date)::timestamp),
                                              LEAST(t.ends_on, ${next}::date - 1)::timestamp, interval '1 month') m
           CROSS JOIN LATERAL (
             SELECT LEAST(t.ends_on + 1, (m + interval '1 month')::date) - GREATEST(t.starts_on, m::date) AS days,
                    (m + interval '1 month')::date - m::date AS month_days
           ) d
          WHERE a.agency_id = ${agency}::uuid AND t.kind = 'lease' AND t.starts_on <= t.ends_on AND a.status <> 'draft'
            AND a.start_date < ${next}::date AND COALESCE(a.terminated_on, a.end_date) >= ${first}::date ${scope('a.building_id')}
       ),
       adjusted AS (
         SELECT 'adjustment'::text AS kind, j.building_id, j.period::text AS period, j.amount,
                jsonb_build_object('id', j.id, 'correctsPeriod', j.corrects_period, 'serviceId', s.id, 'service', s.name, 'reason', j.reason) AS detail,
                j.period || '|' || j.created_at::text AS sort_key
           FROM adjustments j
           LEFT JOIN utility_services s ON s.id = j.service_id
          WHERE j.agency_id = ${agency}::uuid AND j.period BETWEEN ${fromPeriod} AND ${toPeriod} ${scope('j.building_id')}
       ),
       items AS (SELECT * FROM charged UNION ALL SELECT * FROM rent UNION ALL SELECT * FROM adjusted)
       SELECT i.kind, i.building_id AS "buildingId", b.code AS "buildingCode", b.name AS "buildingName", i.period,
              i.amount::numeric(16,2)::text AS amount, i.detail,
              ${money(`sum(i.amount) FILTER (WHERE i.kind = 'service') OVER (PARTITION BY i.building_id)`)} AS "servicesTotal",
              ${money(`sum(i.amount) FILTER (WHERE i.kind = 'rent') OVER (PARTITION BY i.building_id)`)} AS "rentTotal",
              ${money(`sum(i.amount) FILTER (WHERE i.kind <> 'adjustment') OVER (PARTITION BY i.building_id)`)} AS subtotal,
              ${money(`sum(i.amount) FILTER (WHERE i.kind = 'adjustment') OVER ()`)} AS "adjustmentsTotal",
              ${money('sum(i.amount) OVER ()')} AS total
         FROM items i JOIN buildings b ON b.id = i.building_id
        ORDER BY b.code, i.kind DESC, i.sort_key`,
      p.values,
    );
  }
}
