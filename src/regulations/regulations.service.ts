import { ConflictException, Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { invalid } from '../common/validation';
import type { CreateArticleDto, UpdateArticleDto } from './dto/article.dto';
import type { CreateRegulationDto, UpdateRegulationDto } from './dto/regulation.dto';
import { type Article, type Regulation, RegulationsRepository } from './regulations.repository';

const REGULATION = 'el instrumento normativo';
const ARTICLE = 'el artículo';

const stripReadOnly = <T extends object>(dto: T, keys: string[]): Partial<T> =>
  Object.fromEntries(Object.entries(dto).filter(([k]) => !keys.includes(k))) as Partial<T>;

const REGULATION_READ_ONLY = ['id', 'articleCount', 'inForce', 'abrogatedByCode', 'createdAt', 'updatedAt'];
const ARTICLE_READ_ONLY = ['id', 'regulationId', 'regulationCode', 'inForce', 'createdAt', 'updatedAt'];

function checkRange(from: string | null | undefined, to: string | null | undefined, field = 'inForceTo'): void {
  if (from && to && to < from) throw invalid({ [field]: 'La fecha final de vigencia debe ser igual o posterior a la inicial' });
}

/** The catalogue of rules: instruments versioned by their vigencia, and their articles. Every change is audited. */
@Injectable()
export class RegulationsService {
  constructor(
    private readonly repo: RegulationsRepository,
    private readonly changes: ChangesService,
  ) {}

  listRegulations(params: ListParams): Promise<Page<Regulation>> {
    return this.repo.listRegulations(params);
  }

  async getRegulation(id: string): Promise<Regulation> {
    return found(await this.repo.findRegulation(id), REGULATION);
  }

  createRegulation(actor: Actor, dto: CreateRegulationDto): Promise<Regulation> {
    checkRange(dto.inForceFrom, dto.inForceTo);
    return this.changes.create(actor, 'regulations', REGULATION, async (tx) => {
      if (dto.abrogatedById && !(await this.repo.findRegulation(dto.abrogatedById, tx))) throw invalid({ abrogatedById: 'El instrumento no existe' });
      return this.repo.insertRegulation(tx, dto);
    }, (tx, id) => this.repo.findRegulation(id, tx));
  }

  updateRegulation(actor: Actor, id: string, dto: UpdateRegulationDto): Promise<Regulation> {
    const data = stripReadOnly(dto, REGULATION_READ_ONLY);
    return this.changes.change(actor, 'update', 'regulations', 'regulations', REGULATION, id, (tx, rid) => this.repo.findRegulation(rid, tx), async (tx, before) => {
      checkRange(data.inForceFrom ?? before.inForceFrom, data.inForceTo !== undefined ? data.inForceTo : before.inForceTo);
      if (data.abrogatedById) {
        if (!(await this.repo.findRegulation(data.abrogatedById, tx))) throw invalid({ abrogatedById: 'El instrumento no existe' });
        if (data.abrogatedById === id || (await this.repo.successionCycle(tx, id, data.abrogatedById))) {
          throw invalid({ abrogatedById: 'Un instrumento no puede abrogarse a sí mismo ni a quien lo abrogó' });
        }
      }
      await this.repo.updateRegulation(tx, id, data);
    });
  }

  removeRegulation(actor: Actor, id: string): Promise<Regulation> {
    return this.changes.remove(actor, 'regulations', 'regulations', REGULATION, id, (tx, rid) => this.repo.findRegulation(rid, tx), async (tx) => {
      if (await this.repo.regulationHasArticles(tx, id)) {
        throw new ConflictException({ statusCode: 409, message: 'No se puede eliminar: el instrumento tiene artículos o abrogó a otro. Registre su fin de vigencia en su lugar.' });
      }
    });
  }

  listArticles(params: ListParams): Promise<Page<Article>> {
    return this.repo.listArticles(params);
  }

  async getArticle(id: string): Promise<Article> {
    return found(await this.repo.findArticle(id), ARTICLE);
  }

  createArticle(actor: Actor, dto: CreateArticleDto): Promise<Article> {
    checkRange(dto.inForceFrom, dto.inForceTo);
    return this.changes.create(actor, 'articles', ARTICLE, async (tx) => {
      if (!(await this.repo.findRegulation(dto.regulationId, tx))) throw invalid({ regulationId: 'El instrumento no existe' });
      return this.repo.insertArticle(tx, dto);
    }, (tx, id) => this.repo.findArticle(id, tx));
  }

  updateArticle(actor: Actor, id: string, dto: UpdateArticleDto): Promise<Article> {
    const data = stripReadOnly(dto, ARTICLE_READ_ONLY);
    return this.changes.change(actor, 'update', 'articles', 'articles', ARTICLE, id, (tx, rid) => this.repo.findArticle(rid, tx), async (tx, before) => {
      checkRange(
        data.inForceFrom !== undefined ? data.inForceFrom : (before.inForceFrom as string | null),
        data.inForceTo !== undefined ? data.inForceTo : (before.inForceTo as string | null),
      );
      await this.repo.updateArticle(tx, id, data as Partial<CreateArticleDto>);
    });
  }

  removeArticle(actor: Actor, id: string): Promise<Article> {
    return this.changes.remove(actor, 'articles', 'articles', ARTICLE, id, (tx, rid) => this.repo.findArticle(rid, tx), async (tx) => {
      if (await this.repo.articleInUse(tx, id)) {
        throw new ConflictException({ statusCode: 409, message: 'No se puede eliminar: el artículo está en listas de verificación o hallazgos. Registre su fin de vigencia en su lugar.' });
      }
    });
  }
}
