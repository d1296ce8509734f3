import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { scopeOf } from '../../common/scope';
import { type Queryable, SqlParams } from '../../common/sql-params';
import { BILL_JOINS, BILL_SELECT, type UtilityBill } from '../utility-bills.repository';
import type { BillCatalog, BillRow } from './bill-rows';

/** The import's statements: one catalog read, one lock of the bills it replaces, one upsert, one audit insert. */
@Injectable()
export class BillImportRepository {
  /** The buildings among `codes` the actor may import into, and all their services. */
  async catalog(tx: Queryable, actor: Actor, codes: string[]): Promise<BillCatalog> {
    const p = new SqlParams();
    const where = [`upper(b.code) = ANY(${p.add(codes)}::text[])`, ...scopeOf(actor, p, { building: 'b.id' })];
    const buildings = await tx.query<{ id: string; code: string }[]>(`SELECT b.id, b.code FROM buildings b WHERE ${where.join(' AND ')}`, p.values);
    const services = buildings.length
      ? await tx.query<BillCatalog['services']>(
          `SELECT id, building_id AS "buildingId", name, unit FROM utility_services WHERE building_id = ANY($1::uuid[])`,
          [buildings.map((b) => b.id)],
        )
      : [];
    return { buildings: new Map(buildings.map((b) => [b.code.toUpperCase(), b])), services };
  }

  /** The stored bills the rows identify (service, period, invoice), locked until the import ends. */
  existing(tx: Queryable, rows: BillRow[]): Promise<UtilityBill[]> {
    return tx.query<UtilityBill[]>(
      `SELECT ${BILL_SELECT} FROM utility_bills ub ${BILL_JOINS}
        WHERE (ub.service_id, ub.period, ub.invoice_number) IN (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]))
        FOR UPDATE OF ub`,
      [rows.map((r) => r.serviceId), rows.map((r) => r.period), rows.map((r) => r.invoiceNumber)],
    );
  }

  /**
   * One multi-row INSERT … ON CONFLICT: new bills are created, known ones take the file's amount,
   * and the file's other values where it has them (a blank cell keeps what was stored). Identical
   * rows are left untouched. Returns the rows written, with whether each was created.
   */
  upsert(tx: Queryable, rows: BillRow[]): Promise<{ id: string; created: boolean }[]> {
    const column = <K extends keyof BillRow>(key: K) => rows.map((r) => r[key]);
    return tx.query(
      `INSERT INTO utility_bills AS ub (service_id, building_id, period, amount, consumption, unit, invoice_number, issued_on, due_on, paid_on)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::numeric[], $5::numeric[], $6::text[], $7::text[], $8::date[], $9::date[], $10::date[])
       ON CONFLICT (service_id, period, invoice_number) DO UPDATE SET
         amount = EXCLUDED.amount,
         consumption = COALESCE(EXCLUDED.consumption, ub.consumption),
         unit = COALESCE(EXCLUDED.unit, ub.unit),
         issued_on = COALESCE(EXCLUDED.issued_on, ub.issued_on),
         due_on = COALESCE(EXCLUDED.due_on, ub.due_on),
         paid_on = COALESCE(EXCLUDED.paid_on, ub.paid_on),
         updated_at = now()
       WHERE (ub.amount, ub.consumption, ub.unit, ub.issued_on, ub.due_on, ub.paid_on) IS DISTINCT FROM
             (EXCLUDED.amount, COALESCE(EXCLUDED.consumption, ub.consumption), COALESCE(EXCLUDED.unit, ub.unit),
              COALESCE(EXCLUDED.issued_on, ub.issued_on), COALESCE(EXCLUDED.due_on, ub.due_on), COALESCE(EXCLUDED.paid_on, ub.paid_on))
       RETURNING ub.id, (ub.xmax = 0) AS created`,
      [
        column('serviceId'), column('buildingId'), column('period'), column('amount'), column('consumption'), column('unit'),
        column('invoiceNumber'), column('issuedOn'), column('dueOn'), column('paidOn'),
      ],
    );
  }

  /** The audit trail of the import: one event per bill created or changed, in one statement. */
  async audit(tx: Queryable, actor: Actor, events: { action: 'create' | 'update'; id: string; before: object | null; after: object }[]): Promise<void> {
    if (!events.length) return;
    await tx.query(
      `INSERT INTO audit_events (actor_id, actor_username, action, resource, record_id, before, after)
       SELECT $1, $2, x.action, 'utility-bills', x.id, x.before::jsonb, x.after::jsonb
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS x(action, id, before, after)`,
      [
        actor.id, actor.username, events.map((e) => e.action), events.map((e) => e.id),
        events.map((e) => (e.before ? JSON.stringify(e.before) : null)), events.map((e) => JSON.stringify(e.after)),
      ],
    );
  }
}
