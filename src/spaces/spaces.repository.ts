import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { EVERY_ROW, scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import type { CreateSpaceDto, FreeSpacesQuery } from './dto/space.dto';
import { SPACE_STATE_SQL, SPACE_STATES, spaceSelect, spacesWithOccupant } from './space-state';

export interface Space {
  id: string;
  buildingId: string;
  code: string;
  [field: string]: unknown;
}

/** A row of the free-space search: only what choosing spaces needs (a search can answer hundreds of rows). */
export interface FreeSpace {
  id: string;
  buildingId: string;
  code: string;
  name: string | null;
  floor: number;
  type: string;
  usableAreaM2: number;
  workstations: number | null;
}

const FREE_SPACE_SELECT = `s.id, s.building_id AS "buildingId", s.code, s.name, s.floor, s.type,
  s.usable_area_m2::float8 AS "usableAreaM2", s.workstations`;

const COLUMNS: ColumnMap<CreateSpaceDto> = {
  buildingId: 'building_id', code: 'code', name: 'name', floor: 'floor', type: 'type', usableAreaM2: 'usable_area_m2',
  workstations: 'workstations', condition: 'condition', active: 'active', notes: 'notes',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function specFor(actor: Actor, p: SqlParams): ListSpec {
  /** Whether the actor may know the space's occupant: a liaison, only its own agency. */
  const occupantVisible = (q: SqlParams) => scopeOf(actor, q, { building: EVERY_ROW, agency: 'occ.agency_id' }).join(' AND ') || 'true';
  return {
    from: spacesWithOccupant(p, today()),
    select: (q) => spaceSelect(occupantVisible(q)),
    filters: {
      id: { expr: 's.id', type: 'uuid' },
      buildingId: { expr: 's.building_id', type: 'uuid' },
      type: { expr: 's.type', type: 'text' },
      condition: { expr: 's.condition', type: 'text' },
      floor: { expr: 's.floor', type: 'int' },
      active: { expr: 's.active', type: 'bool' },
      usableAreaM2: { expr: 's.usable_area_m2', type: 'number', range: true },
      state: { expr: SPACE_STATE_SQL, type: 'text', values: SPACE_STATES },
    },
    custom: {
      agencyId: (value, q) => {
        const ids = Array.isArray(value) ? value : [value];
        if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw invalid({ agencyId: 'Debe ser un identificador válido' });
        return `occ.agency_id = ANY(${q.add(ids)}::uuid[]) AND ${occupantVisible(q)}`;
      },
    },
    search: `(s.code || ' ' || s.name)`,
    sorts: {
      code: 's.code', name: 's.name', floor: 's.floor', type: 's.type', usableAreaM2: 's.usable_area_m2',
      workstations: 's.workstations', buildingId: 'b.code', condition: 's.condition', createdAt: 's.created_at',
    },
    defaultSort: { field: 'code', order: 'ASC' },
    tieBreaker: 's.id',
  };
}

/** Building administrators see their buildings' spaces; a liaison, the spaces its agency holds or held. */
const spaceScope = (actor: Actor, p: SqlParams) =>
  scopeOf(actor, p, {
    building: 's.building_id',
    agency: (agency) => `EXISTS (SELECT 1 FROM agreement_spaces x JOIN agreements a ON a.id = x.agreement_id
                                  WHERE x.space_id = s.id AND x.blocking AND a.agency_id = ${agency})`,
  });

@Injectable()
export class SpacesRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Space>> {
    const p = new SqlParams();
    const spec = specFor(actor, p);
    return runList(this.read, spec, params, p, spaceScope(actor, p));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Space | undefined> {
    const p = new SqlParams();
    const spec = specFor(actor, p);
    const where = [`s.id = ${p.add(id)}`, ...spaceScope(actor, p)];
    const rows = await tx.query<Space[]>(selectSql(spec, where, p), p.values);
    return rows[0];
  }

  /** Active, available spaces of a building with no agreement overlapping the whole period. */
  async free(buildingId: string, query: FreeSpacesQuery): Promise<FreeSpace[]> {
    if (query.to < query.from) throw invalid({ to: 'La fecha final debe ser igual o posterior a la inicial' });
    const p = new SqlParams();
    const where = [
      `s.building_id = ${p.add(buildingId)}`, 's.active', `s.condition = 'available'`, `s.type <> 'common_area'`,
      `NOT EXISTS (SELECT 1 FROM agreement_spaces x WHERE x.space_id = s.id AND x.building_id = s.building_id AND x.blocking
         AND x.period && daterange(${p.add(query.from)}::date, ${p.add(query.to)}::date, '[]')
         ${query.excludeAgreementId ? `AND x.agreement_id <> ${p.add(query.excludeAgreementId)}::uuid` : ''})`,
    ];
    if (query.type) where.push(`s.type = ${p.add(query.type)}`);
    if (query.minArea !== undefined) where.push(`s.usable_area_m2 >= ${p.add(query.minArea)}`);
    return this.read.query<FreeSpace[]>(`SELECT ${FREE_SPACE_SELECT} FROM spaces s WHERE ${where.join(' AND ')} ORDER BY s.floor, s.code`, p.values);
  }

  insert(tx: Queryable, data: CreateSpaceDto): Promise<string> {
    return insertRow(tx, 'spaces', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: Partial<CreateSpaceDto>): Promise<void> {
    return updateRow(tx, 'spaces', COLUMNS, id, data);
  }
}
