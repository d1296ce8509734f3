import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import type { MeterReadingWrite } from './dto/meter-reading.dto';

export interface MeterReading {
  id: string;
  meterId: string;
  buildingId: string;
  period: string;
  reading: number;
  adjustment: number;
  adjustmentReason: string | null;
  readOn: string | null;
  locked: boolean;
  consumption: number | null;
  [field: string]: unknown;
}

/** A stored reading as a month's sheet compares it. */
export interface SheetRow {
  id: string;
  meterId: string;
  reading: number;
  readOn: string | null;
  locked: boolean;
}

const COLUMNS: ColumnMap<MeterReadingWrite> = {
  meterId: 'meter_id', period: 'period', reading: 'reading', readOn: 'read_on', adjustment: 'adjustment', adjustmentReason: 'adjustment_reason',
};

/**
 * Consumption is derived, never stored: the reading plus its adjustment minus the meter's reading
 * of the previous calendar month (a window over all of the meter's readings, so that filters on
 * the outer query do not hide the previous row). No reading the month before: no consumption.
 */
const WITH_PREVIOUS = `(
  SELECT r.*, lag(r.reading) OVER w AS previous_reading, lag(r.period) OVER w AS previous_period
    FROM meter_readings r WINDOW w AS (PARTITION BY r.meter_id ORDER BY r.period)
) r JOIN meters m ON m.id = r.meter_id`;

const PREVIOUS_MONTH = `to_char(to_date(r.period || '-01', 'YYYY-MM-DD') - interval '1 month', 'YYYY-MM')`;

const spec: ListSpec = {
  from: WITH_PREVIOUS,
  select: `r.id, r.meter_id AS "meterId", m.code AS "meterCode", m.service_id AS "serviceId", m.building_id AS "buildingId",
    r.period, r.reading::float8 AS reading, r.read_on AS "readOn", r.locked,
    r.adjustment::float8 AS adjustment, r.adjustment_reason AS "adjustmentReason",
    CASE WHEN r.previous_period = ${PREVIOUS_MONTH} THEN r.previous_reading::float8 END AS "previousReading",
    CASE WHEN r.previous_period = ${PREVIOUS_MONTH} THEN (r.reading + r.adjustment - r.previous_reading)::float8 END AS consumption,
    r.created_at AS "createdAt", r.updated_at AS "updatedAt"`,
  filters: {
    id: { expr: 'r.id', type: 'uuid' },
    meterId: { expr: 'r.meter_id', type: 'uuid' },
    serviceId: { expr: 'm.service_id', type: 'uuid' },
    buildingId: { expr: 'm.building_id', type: 'uuid' },
    period: { expr: 'r.period', type: 'text', range: true },
    locked: { expr: 'r.locked', type: 'bool' },
  },
  sorts: { period: 'r.period', reading: 'r.reading', readOn: 'r.read_on', meterId: 'm.code', createdAt: 'r.created_at' },
  defaultSort: { field: 'period', order: 'DESC' },
  tieBreaker: 'r.id',
};

@Injectable()
export class MeterReadingsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<MeterReading>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: 'm.building_id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<MeterReading | undefined> {
    // The meter's key, a plain parameter, lets the planner window over that meter's readings only.
    const [own] = await tx.query<{ meterId: string }[]>(`SELECT meter_id AS "meterId" FROM meter_readings WHERE id = $1`, [id]);
    if (!own) return undefined;
    const p = new SqlParams();
    const where = [`r.meter_id = ${p.add(own.meterId)}`, `r.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: 'm.building_id' })];
    const rows = await tx.query<MeterReading[]>(selectSql(spec, where, p), p.values);
    return rows[0];
  }

  /** Whether the actor may see the meter (it exists and lies in the actor's buildings). */
  async meterVisible(actor: Actor, tx: Queryable, meterId: string): Promise<boolean> {
    const p = new SqlParams();
    const where = [`id = ${p.add(meterId)}`, ...scopeOf(actor, p, { building: 'building_id' })];
    const rows = await tx.query<unknown[]>(`SELECT 1 FROM meters WHERE ${where.join(' AND ')}`, p.values);
    return rows.length > 0;
  }

  /** Of these meters, the ones the actor may see, with their codes. */
  async visibleMeters(actor: Actor, tx: Queryable, meterIds: string[]): Promise<Map<string, string>> {
    const p = new SqlParams();
    const where = [`id = ANY(${p.add(meterIds)}::uuid[])`, ...scopeOf(actor, p, { building: 'building_id' })];
    const rows = await tx.query<{ id: string; code: string }[]>(`SELECT id, code FROM meters WHERE ${where.join(' AND ')}`, p.values);
    return new Map(rows.map((r) => [r.id, r.code]));
  }

  /** The period's readings of these meters, locked until the transaction ends, by meter. */
  async lockPeriod(tx: Queryable, meterIds: string[], period: string): Promise<Map<string, SheetRow>> {
    const rows = await tx.query<SheetRow[]>(
      `SELECT id, meter_id AS "meterId", reading::float8 AS reading, read_on AS "readOn", locked
         FROM meter_readings WHERE meter_id = ANY($1::uuid[]) AND period = $2 ORDER BY meter_id FOR UPDATE`,
      [meterIds, period],
    );
    return new Map(rows.map((r) => [r.meterId, r]));
  }

  insert(tx: Queryable, data: MeterReadingWrite): Promise<string> {
    return insertRow(tx, 'meter_readings', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: MeterReadingWrite): Promise<void> {
    return updateRow(tx, 'meter_readings', COLUMNS, id, data);
  }
}
