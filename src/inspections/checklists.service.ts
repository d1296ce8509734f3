import { ConflictException, Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { invalid } from '../common/validation';
import { type Checklist, ChecklistsRepository } from './checklists.repository';
import type { ChecklistItemDto, CreateChecklistDto, UpdateChecklistDto } from './dto/checklist.dto';

const WHAT = 'la lista de verificación';

@Injectable()
export class ChecklistsService {
  constructor(
    private readonly checklists: ChecklistsRepository,
    private readonly changes: ChangesService,
  ) {}

  list(params: ListParams): Promise<Page<Checklist>> {
    return this.checklists.list(params);
  }

  async get(id: string): Promise<Checklist> {
    return found(await this.checklists.findOne(id), WHAT);
  }

  create(actor: Actor, dto: CreateChecklistDto): Promise<Checklist> {
    if (dto.items.some((i) => i.id)) throw invalid({ items: 'Una lista nueva no lleva identificadores de puntos' });
    return this.changes.create(actor, 'checklists', WHAT, async (tx) => {
      await this.checkItems(tx, null, dto.items);
      const id = await this.checklists.insert(tx, dto);
      await this.checklists.setItems(tx, id, dto.items);
      return id;
    }, (tx, id) => this.checklists.findOne(id, tx));
  }

  update(actor: Actor, id: string, dto: UpdateChecklistDto): Promise<Checklist> {
    return this.changes.change(actor, 'update', 'checklists', 'checklists', WHAT, id, (tx, rid) => this.checklists.findOne(rid, tx), async (tx) => {
      await this.checklists.update(tx, id, dto);
      if (dto.items) {
        await this.checkItems(tx, id, dto.items);
        const answered = await this.checklists.answeredItems(tx, id, dto.items.flatMap((i) => (i.id ? [i.id] : [])));
        if (answered.length) {
          throw new ConflictException({
            statusCode: 409,
            message: `No se pueden quitar puntos ya respondidos en supervisiones (${answered.map((a) => `«${a.question}»`).join(', ')}). Desactive la lista y cree otra.`,
            errors: { items: 'Hay puntos respondidos en supervisiones' },
          });
        }
        await this.checklists.setItems(tx, id, dto.items);
      }
    });
  }

  remove(actor: Actor, id: string): Promise<Checklist> {
    return this.changes.remove(actor, 'checklists', 'checklists', WHAT, id, (tx, rid) => this.checklists.findOne(rid, tx), async (tx) => {
      const used = await tx.query<{ used: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM inspections WHERE checklist_id = $1) OR EXISTS (SELECT 1 FROM supervision_plans WHERE checklist_id = $1) AS used`, [id]);
      if (used[0].used) throw new ConflictException({ statusCode: 409, message: 'No se puede eliminar: la lista se usa en supervisiones. Desactívela en su lugar.' });
    });
  }

  private async checkItems(tx: Queryable, checklistId: string | null, items: ChecklistItemDto[]): Promise<void> {
    const errors: Record<string, string> = {};
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (item.id && ids.has(item.id)) errors[`items.${i}.id`] = 'El punto está repetido';
      if (item.id) ids.add(item.id);
    });
    const missing = new Set(await this.checklists.missingArticles(tx, [...new Set(items.map((i) => i.articleId))]));
    items.forEach((item, i) => {
      if (missing.has(item.articleId)) errors[`items.${i}.articleId`] = 'El artículo no existe';
    });
    if (checklistId && ids.size) {
      const foreign = new Set(await this.checklists.foreignItems(tx, checklistId, [...ids]));
      items.forEach((item, i) => {
        if (item.id && foreign.has(item.id)) errors[`items.${i}.id`] = 'El punto no pertenece a esta lista';
      });
    }
    if (Object.keys(errors).length) throw invalid(errors);
  }
}
