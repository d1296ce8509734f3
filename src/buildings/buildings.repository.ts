import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { EVERY_ROW, scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import type { BuildingWrite } from './dto/building.dto';

/** The CSA are public (the directory lists them all): an agency's liaison sees every building. */
const BUILDING_TIES = { building: 'b.id', agency: EVERY_ROW } as const;

export interface Building {
  id: string;
  code: string;
  name: string;
  active: boolean;
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<BuildingWrite> = {
  code: 'code', name: 'name', municipality: 'municipality', address: 'address', region: 'region', phone: 'phone',
  openedOn: 'opened_on', modernized: 'modernized', grossAreaM2: 'gross_area_m2', commonAreaM2: 'common_area_m2',
  opensAt: 'opens_at', closesAt: 'closes_at', operatingDays: 'operating_days', ruRatio: 'ru_ratio',
  latitude: 'latitude', longitude: 'longitude', active: 'active', notes: 'notes',
};

/** The building with today's occupancy of its rentable (non common-area) spaces. */
function specFor(p: SqlParams): ListSpec {
  const day = p.add(today());
  return {
    from: `buildings b
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS space_count,
               COALESCE(sum(s.usable_area_m2), 0)::float8 AS usable,
               COALESCE(sum(s.usable_area_m2) FILTER (WHERE EXISTS (
                 SELECT 1 FROM agreement_spaces x WHERE x.space_id = s.id AND x.blocking AND x.period @> ${day}::date)), 0)::float8 AS occupied
          FROM spaces s WHERE s.building_id = b.id AND s.active AND s.type <> 'common_area'
      ) st ON true`,
    select: `b.id, b.code, b.name, b.municipality, b.address, b.region, b.phone, b.opened_on AS "openedOn",
      b.modernized, b.gross_area_m2::float8 AS "grossAreaM2", b.common_area_m2::float8 AS "commonAreaM2",
      to_char(b.opens_at, 'HH24:MI') AS "opensAt", to_char(b.closes_at, 'HH24:MI') AS "closesAt", b.operating_days AS "operatingDays",
      b.ru_ratio::float8 AS "ruRatio", b.latitude::float8 AS latitude, b.longitude::float8 AS longitude, b.active, b.notes,
      st.space_count AS "spaceCount", st.usable AS "usableAreaM2", round((st.usable * b.ru_ratio)::numeric, 2)::float8 AS "rentableAreaM2",
      st.occupied AS "occupiedAreaM2", CASE WHEN st.usable > 0 THEN round((st.occupied / st.usable)::numeric, 4)::float8 ELSE 0 END AS "occupancyRate",
      b.created_at AS "createdAt", b.updated_at AS "updatedAt"`,
    filters: {
      id: { expr: 'b.id', type: 'uuid' },
      code: { expr: 'b.code', type: 'text' },
      active: { expr: 'b.active', type: 'bool' },
      modernized: { expr: 'b.modernized', type: 'bool' },
      region: { expr: 'b.region', type: 'text' },
      municipality: { expr: 'b.municipality', type: 'text' },
    },
    search: `(b.code || ' ' || b.name || ' ' || b.municipality)`,
    sorts: {
      code: 'b.code', name: 'b.name', municipality: 'b.municipality', region: 'b.region', openedOn: 'b.opened_on',
      occupancyRate: 'CASE WHEN st.usable > 0 THEN st.occupied / st.usable ELSE 0 END', createdAt: 'b.created_at',
    },
    defaultSort: { field: 'code', order: 'ASC' },
    tieBreaker: 'b.id',
  };
}

@Injectable()
export class BuildingsRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Building>> {
    const p = new SqlParams();
    const spec = specFor(p);
    return runList(this.read, spec, params, p, scopeOf(actor, p, BUILDING_TIES));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Building | undefined> {
    const p = new SqlParams();
    const spec = specFor(p);
    const where = [`b.id = ${p.add(id)}`, ...scopeOf(actor, p, BUILDING_TIES)];
    const rows = await tx.query<Building[]>(selectSql(spec, where, p), p.values);
    return rows[0];
  }

  /** Whether the building exists within the actor's scope (no occupancy figures computed). */
  async isVisible(actor: Actor, id: string): Promise<boolean> {
    const p = new SqlParams();
    const where = [`b.id = ${p.add(id)}`, ...scopeOf(actor, p, BUILDING_TIES)];
    const rows = await this.read.query<unknown[]>(`SELECT 1 FROM buildings b WHERE ${where.join(' AND ')}`, p.values);
    return rows.length > 0;
  }

  insert(tx: Queryable, data: BuildingWrite): Promise<string> {
    return insertRow(tx, 'buildings', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: BuildingWrite): Promise<void> {
    return updateRow(tx, 'buildings', COLUMNS, id, data);
  }
}
