import { Injectable } from '@nestjs/common';
import { type ListParams, type ListSpec, type Page, runList, selectSql } from '../common/list-query';
import { type Queryable, SqlParams } from '../common/sql-params';
import { PoolReader } from '../database/pool-reader';
import type { ChecklistItemDto } from './dto/checklist.dto';

export interface ChecklistItem {
  id: string;
  articleId: string;
  position: number;
  question: string;
  articleNumber: string;
  articleTitle: string;
  category: string;
  severity: string;
}

export interface Checklist {
  id: string;
  name: string;
  active: boolean;
  items: ChecklistItem[];
  [field: string]: unknown;
}

const spec: ListSpec = {
  from: 'checklists c',
  select: `c.id, c.name, c.description, c.active,
    (SELECT count(*)::int FROM checklist_items i WHERE i.checklist_id = c.id) AS "itemCount",
    COALESCE((SELECT json_agg(json_build_object('id', i.id, 'articleId', i.article_id, 'position', i.position, 'question', i.question,
        'articleNumber', a.number, 'articleTitle', a.title, 'category', a.category, 'severity', a.severity, 'regulationCode', r.code)
        ORDER BY i.position, i.id)
      FROM checklist_items i JOIN articles a ON a.id = i.article_id JOIN regulations r ON r.id = a.regulation_id
      WHERE i.checklist_id = c.id), '[]') AS items,
    c.created_at AS "createdAt", c.updated_at AS "updatedAt"`,
  filters: {
    id: { expr: 'c.id', type: 'uuid' },
    active: { expr: 'c.active', type: 'bool' },
  },
  search: `(c.name || ' ' || coalesce(c.description, ''))`,
  sorts: { name: 'c.name', active: 'c.active', createdAt: 'c.created_at' },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 'c.id',
};

@Injectable()
export class ChecklistsRepository {
  constructor(private readonly read: PoolReader) {}

  list(params: ListParams): Promise<Page<Checklist>> {
    return runList(this.read, spec, params, new SqlParams());
  }

  async findOne(id: string, tx: Queryable = this.read): Promise<Checklist | undefined> {
    const p = new SqlParams();
    const rows = await tx.query<Checklist[]>(selectSql(spec, [`c.id = ${p.add(id)}`], p), p.values);
    return rows[0];
  }

  async insert(tx: Queryable, data: { name: string; description?: string | null; active?: boolean }): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO checklists (name, description, active) VALUES ($1, $2, COALESCE($3::boolean, true)) RETURNING id`,
      [data.name, data.description ?? null, data.active ?? null],
    );
    return rows[0].id;
  }

  async update(tx: Queryable, id: string, data: { name?: string; description?: string | null; active?: boolean }): Promise<void> {
    await tx.query(
      `UPDATE checklists SET name = COALESCE($2, name), description = CASE WHEN $3::boolean THEN $4 ELSE description END,
              active = COALESCE($5::boolean, active), updated_at = now() WHERE id = $1`,
      [id, data.name ?? null, data.description !== undefined, data.description ?? null, data.active ?? null],
    );
  }

  /** Articles among `ids` that do not exist. */
  async missingArticles(tx: Queryable, ids: string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.id)`, [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Items of the checklist not in `keep` that some inspection already answered. */
  async answeredItems(tx: Queryable, checklistId: string, keep: string[]): Promise<{ id: string; question: string }[]> {
    return tx.query(
      `SELECT i.id, i.question FROM checklist_items i
        WHERE i.checklist_id = $1 AND NOT (i.id = ANY($2::uuid[]))
          AND (EXISTS (SELECT 1 FROM inspection_results r WHERE r.item_id = i.id) OR EXISTS (SELECT 1 FROM inspection_photos f WHERE f.item_id = i.id))
        ORDER BY i.position`,
      [checklistId, keep],
    );
  }

  /** Replaces the items: those with an id are updated in place, the others added, the rest removed. */
  async setItems(tx: Queryable, checklistId: string, items: ChecklistItemDto[]): Promise<void> {
    const kept = items.filter((i) => i.id);
    await tx.query(`DELETE FROM checklist_items WHERE checklist_id = $1 AND NOT (id = ANY($2::uuid[]))`, [checklistId, kept.map((i) => i.id)]);
    if (kept.length) {
      await tx.query(
        `UPDATE checklist_items c SET article_id = t.article_id, position = t.position, question = t.question
           FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[]) AS t(id, article_id, position, question)
          WHERE c.id = t.id AND c.checklist_id = $1`,
        [checklistId, kept.map((i) => i.id), kept.map((i) => i.articleId), kept.map((i) => i.position), kept.map((i) => i.question)],
      );
    }
    const added = items.filter((i) => !i.id);
    if (added.length) {
      await tx.query(
        `INSERT INTO checklist_items (checklist_id, article_id, position, question)
         SELECT $1, t.article_id, t.position, t.question FROM unnest($2::uuid[], $3::int[], $4::text[]) AS t(article_id, position, question)`,
        [checklistId, added.map((i) => i.articleId), added.map((i) => i.position), added.map((i) => i.question)],
      );
    }
  }

  /** Item ids of the list that belong to another checklist or do not exist. */
  async foreignItems(tx: Queryable, checklistId: string, ids: string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT x.id FROM unnest($2::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM checklist_items i WHERE i.id = x.id AND i.checklist_id = $1)`,
      [checklistId, ids],
    );
    return rows.map((r) => r.id);
  }
}
