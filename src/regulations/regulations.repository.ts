import { Injectable } from '@nestjs/common';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type ColumnMap, insertRow, updateRow } from '../common/row-writer';
import { type Queryable, SqlParams } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { PoolReader } from '../database/pool-reader';
import { ARTICLE_CATEGORIES, type ArticleWrite, SEVERITIES } from './dto/article.dto';
import { REGULATION_KINDS, type RegulationWrite } from './dto/regulation.dto';

export interface Regulation {
  id: string;
  code: string;
  inForceFrom: string;
  inForceTo: string | null;
  [field: string]: unknown;
}

export interface Article {
  id: string;
  regulationId: string;
  number: string;
  [field: string]: unknown;
}

const REGULATION_COLUMNS: ColumnMap<RegulationWrite> = {
  code: 'code', title: 'title', kind: 'kind', publishedOn: 'published_on', inForceFrom: 'in_force_from', inForceTo: 'in_force_to',
  abrogatedById: 'abrogated_by_id', illustrative: 'illustrative', notes: 'notes',
};

const ARTICLE_COLUMNS: ColumnMap<ArticleWrite> = {
  regulationId: 'regulation_id', number: 'number', title: 'title', text: 'text', category: 'category', severity: 'severity',
  inForceFrom: 'in_force_from', inForceTo: 'in_force_to', illustrative: 'illustrative',
};

const boolFilter = (value: unknown): boolean => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw invalid({ inForce: 'Debe ser verdadero o falso' });
};

/** In force on a day: from ≤ day and (no end or end ≥ day). */
const inForceSql = (from: string, to: string, day: string) => `(${from} <= ${day}::date AND (${to} IS NULL OR ${to} >= ${day}::date))`;

const regulationSpec: ListSpec = {
  from: 'regulations r',
  select: (p) => `r.id, r.code, r.title, r.kind, r.published_on AS "publishedOn", r.in_force_from AS "inForceFrom",
    r.in_force_to AS "inForceTo", r.abrogated_by_id AS "abrogatedById",
    (SELECT x.code FROM regulations x WHERE x.id = r.abrogated_by_id) AS "abrogatedByCode",
    r.illustrative, r.notes,
    (SELECT count(*)::int FROM articles a WHERE a.regulation_id = r.id) AS "articleCount",
    ${inForceSql('r.in_force_from', 'r.in_force_to', p.add(today()))} AS "inForce",
    r.created_at AS "createdAt", r.updated_at AS "updatedAt"`,
  filters: {
    id: { expr: 'r.id', type: 'uuid' },
    kind: { expr: 'r.kind', type: 'text', values: REGULATION_KINDS },
    code: { expr: 'r.code', type: 'text' },
    illustrative: { expr: 'r.illustrative', type: 'bool' },
    inForceFrom: { expr: 'r.in_force_from', type: 'date', range: true },
  },
  custom: {
    inForce: (value, p) => `${inForceSql('r.in_force_from', 'r.in_force_to', p.add(today()))} = ${p.add(boolFilter(value))}`,
  },
  search: `(r.code || ' ' || r.title)`,
  sorts: { code: 'r.code', title: 'r.title', kind: 'r.kind', publishedOn: 'r.published_on', inForceFrom: 'r.in_force_from', inForceTo: 'r.in_force_to' },
  defaultSort: { field: 'inForceFrom', order: 'DESC' },
  tieBreaker: 'r.id',
};

const ARTICLE_FROM = `COALESCE(a.in_force_from, r.in_force_from)`;
const ARTICLE_TO = `COALESCE(a.in_force_to, r.in_force_to)`;
/** Natural order of article numbers: 2 before 10, 12 before 12 bis. */
export const ARTICLE_NUMBER_SORT = `(substring(a.number from '^[0-9]+'))::numeric`;

const articleSpec: ListSpec = {
  from: 'articles a JOIN regulations r ON r.id = a.regulation_id',
  select: (p) => `a.id, a.regulation_id AS "regulationId", r.code AS "regulationCode", a.number, a.title, a.text, a.category, a.severity,
    a.in_force_from AS "inForceFrom", a.in_force_to AS "inForceTo", a.illustrative,
    ${inForceSql(ARTICLE_FROM, ARTICLE_TO, p.add(today()))} AS "inForce",
    a.created_at AS "createdAt", a.updated_at AS "updatedAt"`,
  filters: {
    id: { expr: 'a.id', type: 'uuid' },
    regulationId: { expr: 'a.regulation_id', type: 'uuid' },
    category: { expr: 'a.category', type: 'text', values: ARTICLE_CATEGORIES },
    severity: { expr: 'a.severity', type: 'text', values: SEVERITIES },
    illustrative: { expr: 'a.illustrative', type: 'bool' },
  },
  custom: {
    inForce: (value, p) => `${inForceSql(ARTICLE_FROM, ARTICLE_TO, p.add(today()))} = ${p.add(boolFilter(value))}`,
  },
  search: `(a.number || ' ' || a.title || ' ' || a.text)`,
  sorts: {
    number: `r.in_force_from DESC, r.code, ${ARTICLE_NUMBER_SORT}, a.number`,
    title: 'a.title', category: 'a.category', severity: `array_position(ARRAY['low','medium','high','critical']::varchar[], a.severity)`,
    regulationId: 'r.code', createdAt: 'a.created_at',
  },
  defaultSort: { field: 'number', order: 'ASC' },
  tieBreaker: 'a.id',
};

/** Regulatory instruments and their articles. Readable by every role; only administrators write. */
@Injectable()
export class RegulationsRepository {
  constructor(private readonly read: PoolReader) {}

  listRegulations(params: ListParams): Promise<Page<Regulation>> {
    return runList(this.read, regulationSpec, params, new SqlParams());
  }

  async findRegulation(id: string, tx: Queryable = this.read): Promise<Regulation | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Regulation[]>(selectSql(regulationSpec, [`r.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  insertRegulation(tx: Queryable, data: Partial<RegulationWrite>): Promise<string> {
    return insertRow(tx, 'regulations', REGULATION_COLUMNS, data);
  }

  updateRegulation(tx: Queryable, id: string, data: Partial<RegulationWrite>): Promise<void> {
    return updateRow(tx, 'regulations', REGULATION_COLUMNS, id, data);
  }

  /** True when following `abrogatedById` from `successorId` leads back to `id`. */
  async successionCycle(tx: Queryable, id: string, successorId: string): Promise<boolean> {
    const rows = await tx.query<{ cycle: boolean }[]>(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT $2::uuid, 0
         UNION ALL
         SELECT r.abrogated_by_id, c.depth + 1 FROM regulations r JOIN chain c ON r.id = c.id
          WHERE r.abrogated_by_id IS NOT NULL AND c.depth < 100)
       SELECT EXISTS (SELECT 1 FROM chain WHERE id = $1::uuid) AS cycle`,
      [id, successorId],
    );
    return rows[0].cycle;
  }

  listArticles(params: ListParams): Promise<Page<Article>> {
    // Sorting by number uses a composite expression: keep the ORDER BY expression list intact.
    return runList(this.read, articleSpec, params, new SqlParams());
  }

  async findArticle(id: string, tx: Queryable = this.read): Promise<Article | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Article[]>(selectSql(articleSpec, [`a.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  insertArticle(tx: Queryable, data: Partial<ArticleWrite>): Promise<string> {
    return insertRow(tx, 'articles', ARTICLE_COLUMNS, data);
  }

  updateArticle(tx: Queryable, id: string, data: Partial<ArticleWrite>): Promise<void> {
    return updateRow(tx, 'articles', ARTICLE_COLUMNS, id, data);
  }

  async articleInUse(tx: Queryable, id: string): Promise<boolean> {
    const rows = await tx.query<{ used: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM checklist_items WHERE article_id = $1) OR EXISTS (SELECT 1 FROM findings WHERE article_id = $1) AS used`, [id],
    );
    return rows[0].used;
  }

  async regulationHasArticles(tx: Queryable, id: string): Promise<boolean> {
    const rows = await tx.query<{ used: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM articles WHERE regulation_id = $1) OR EXISTS (SELECT 1 FROM regulations WHERE abrogated_by_id = $1) AS used`, [id],
    );
    return rows[0].used;
  }
}

