import { Injectable } from '@nestjs/common';
import { PoolReader } from '../database/pool-reader';
import type { Actor } from '../common/actor';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { EVERY_ROW, scopeOf } from '../common/scope';
import { type Queryable, SqlParams } from '../common/sql-params';
import { CreateAgencyDto, GOVERNMENT_LEVELS } from './dto/agency.dto';

export interface Agency {
  id: string;
  name: string;
  acronym: string;
  level: string;
  parentId: string | null;
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<CreateAgencyDto> = {
  name: 'name', acronym: 'acronym', level: 'level', parentId: 'parent_id', liaisonName: 'liaison_name', liaisonEmail: 'liaison_email',
  liaisonPhone: 'liaison_phone', rfc: 'rfc', maxM2PerPerson: 'max_m2_per_person', active: 'active', notes: 'notes',
};

const spec: ListSpec = {
  from: 'agencies g',
  select: `g.id, g.name, g.acronym, g.level, g.parent_id AS "parentId", g.liaison_name AS "liaisonName", g.liaison_email AS "liaisonEmail",
    g.liaison_phone AS "liaisonPhone", g.rfc, g.max_m2_per_person::float8 AS "maxM2PerPerson", g.active, g.notes,
    (SELECT count(*)::int FROM agreements a WHERE a.agency_id = g.id AND a.status = 'active') AS "activeAgreements",
    g.created_at AS "createdAt", g.updated_at AS "updatedAt"`,
  filters: {
    id: { expr: 'g.id', type: 'uuid' },
    level: { expr: 'g.level', type: 'text', values: GOVERNMENT_LEVELS },
    parentId: { expr: 'g.parent_id', type: 'uuid' },
    active: { expr: 'g.active', type: 'bool' },
  },
  search: `(g.acronym || ' ' || g.name)`,
  sorts: { name: 'g.name', acronym: 'g.acronym', level: 'g.level', createdAt: 'g.created_at' },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 'g.id',
};

@Injectable()
export class AgenciesRepository {
  constructor(private readonly read: PoolReader) {}

  list(actor: Actor, params: ListParams): Promise<Page<Agency>> {
    const p = new SqlParams();
    return runList(this.read, spec, params, p, scopeOf(actor, p, { building: EVERY_ROW, agency: 'g.id' }));
  }

  async findOne(actor: Actor, id: string, tx: Queryable = this.read): Promise<Agency | undefined> {
    const p = new SqlParams();
    const where = [`g.id = ${p.add(id)}`, ...scopeOf(actor, p, { building: EVERY_ROW, agency: 'g.id' })];
    const rows = await tx.query<Agency[]>(selectSql(spec, where, p), p.values);
    return rows[0];
  }

  /** Would making `parentId` the parent of `id` close a loop? */
  async createsCycle(tx: Queryable, id: string, parentId: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM agencies WHERE id = $1
         UNION SELECT g.id, g.parent_id FROM agencies g JOIN up ON g.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2`,
      [parentId, id],
    );
    return rows.length > 0;
  }

  insert(tx: Queryable, data: CreateAgencyDto): Promise<string> {
    return insertRow(tx, 'agencies', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: Partial<CreateAgencyDto>): Promise<void> {
    return updateRow(tx, 'agencies', COLUMNS, id, data);
  }
}
