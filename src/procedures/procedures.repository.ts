import { Injectable } from '@nestjs/common';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import type { ProcedureWrite } from './dto/procedure.dto';

export interface Procedure {
  id: string;
  agencyId: string;
  name: string;
  [field: string]: unknown;
}

const COLUMNS: ColumnMap<ProcedureWrite> = {
  agencyId: 'agency_id', name: 'name', description: 'description', requirements: 'requirements', keywords: 'keywords', active: 'active',
};

export const PROCEDURE_SEARCH = `csa_fold(pr.name || ' ' || coalesce(pr.keywords, '') || ' ' || coalesce(pr.description, ''))`;

const spec: ListSpec = {
  from: 'procedures pr',
  select: `pr.id, pr.agency_id AS "agencyId", g.acronym AS "agencyAcronym", g.name AS "agencyName", pr.name, pr.description,
    pr.requirements, pr.keywords, pr.active, pr.created_at AS "createdAt", pr.updated_at AS "updatedAt"`,
  pageJoins: 'JOIN agencies g ON g.id = pr.agency_id',
  filters: {
    id: { expr: 'pr.id', type: 'uuid' },
    agencyId: { expr: 'pr.agency_id', type: 'uuid' },
    active: { expr: 'pr.active', type: 'bool' },
  },
  search: PROCEDURE_SEARCH,
  sorts: { name: 'pr.name', active: 'pr.active', agencyId: '(SELECT g2.acronym FROM agencies g2 WHERE g2.id = pr.agency_id)', createdAt: 'pr.created_at' },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 'pr.id',
};

@Injectable()
export class ProceduresRepository {
  constructor(private readonly read: PoolReader) {}

  list(params: ListParams): Promise<Page<Procedure>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findOne(id: string, tx: Queryable = this.read): Promise<Procedure | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Procedure[]>(selectSql(spec, [`pr.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  insert(tx: Queryable, data: ProcedureWrite): Promise<string> {
    return insertRow(tx, 'procedures', COLUMNS, data);
  }

  update(tx: Queryable, id: string, data: ProcedureWrite): Promise<void> {
    return updateRow(tx, 'procedures', COLUMNS, id, data);
  }
}
