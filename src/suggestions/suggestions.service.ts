import { HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import type { PublicSuggestionDto, SuggestionStatsQuery, UpdateSuggestionDto } from './dto/suggestion.dto';
import { FOLIO_PATTERN, newFolio } from './folio';
import { spamReason } from './spam';
import { SuggestionRateLimiter } from './suggestion-rate-limiter';
import { type Suggestion, SuggestionsRepository } from './suggestions.repository';

const WHAT = 'la sugerencia';

export const CATEGORY_LABELS: Record<string, string> = {
  suggestion: 'Sugerencia', complaint: 'Queja', praise: 'Felicitación', question: 'Pregunta', other: 'Otro',
};

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly suggestions: SuggestionsRepository,
    private readonly limiter: SuggestionRateLimiter,
    private readonly changes: ChangesService,
  ) {}

  /**
   * A citizen's suggestion: stored without anything that identifies them (its date, never its time);
   * answers the folio. The sender's count for the hour is taken in the same transaction, so only a
   * suggestion that is kept counts, and two instances never accept more than the limit between them.
   */
  async submit(address: string, dto: PublicSuggestionDto): Promise<{ folio: string; createdOn: string }> {
    const spam = spamReason(dto.text);
    if (spam) throw invalid({ text: spam }, 'No pudimos recibir su comentario');
    const window = await this.limiter.window(this.db);
    return this.db.transaction(async (tx) => {
      if (!(await this.limiter.take(tx, address, window))) throw tooMany(window.retryAfter);
      const building = await this.suggestions.building(tx, dto.buildingCode);
      if (!building) throw invalid({ buildingCode: 'No existe un CSA con esa clave' }, 'No pudimos recibir su comentario');
      if (dto.agencyId && !(await this.suggestions.agencyExists(tx, dto.agencyId))) {
        throw invalid({ agencyId: 'La dependencia no existe' }, 'No pudimos recibir su comentario');
      }
      for (let attempt = 0; attempt < 5; attempt++) {
        const row = await this.suggestions.insertPublic(tx, {
          folio: newFolio(), buildingId: building.id, agencyId: dto.agencyId ?? null, category: dto.category, rating: dto.rating, text: dto.text,
          createdOn: today(),
        });
        if (row) return row;
      }
      throw new Error('No se pudo generar un folio único');
    });
  }

  async lookup(folio: string) {
    const normal = folio.trim().toUpperCase();
    const row = FOLIO_PATTERN.test(normal) ? await this.suggestions.byFolio(normal) : undefined;
    if (!row) throw new NotFoundException({ statusCode: 404, message: 'No encontramos un comentario con ese folio. Revise que esté escrito completo.' });
    return row;
  }

  list(actor: Actor, params: ListParams): Promise<Page<Suggestion>> {
    const q = params.filter.q;
    if (typeof q === 'string') params.filter.q = fold(q);
    return this.suggestions.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Suggestion> {
    return found(await this.suggestions.findOne(actor, id), WHAT);
  }

  /** Triage (status, priority) and the answer; answering marks it answered, closing stamps the date. */
  update(actor: Actor, id: string, dto: UpdateSuggestionDto): Promise<Suggestion> {
    return this.changes.change(actor, 'update', 'suggestions', 'suggestions', WHAT, id, (tx, rid) => this.suggestions.findOne(actor, rid, tx), async (tx, before) => {
      const answer = dto.answer !== undefined ? dto.answer?.trim() || null : before.answer;
      const newAnswer = answer !== null && answer !== before.answer;
      let status = dto.status ?? before.status;
      if (newAnswer && (status === 'new' || status === 'in_review')) status = 'answered';
      if (status === 'answered' && !answer) throw invalid({ answer: 'Escriba la respuesta para el ciudadano' });
      await this.suggestions.update(tx, id, {
        status,
        priority: dto.priority ?? (before.priority as string),
        answer,
        answeredBy: actor.id,
        answeredNow: newAnswer,
        on: today(),
        closedNow: status === 'closed' && before.status !== 'closed',
        reopened: status !== 'closed' && before.status === 'closed',
      });
    });
  }

  async stats(actor: Actor, query: SuggestionStatsQuery) {
    const to = query.to ?? today().slice(0, 7);
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (from > to) throw invalid({ from: 'El periodo inicial debe ser anterior o igual al final' });
    const groupBy = query.groupBy ?? 'building';
    const [rows, [totals]] = await this.suggestions.stats(actor, groupBy, from, to, query.buildingId);
    return {
      from, to, groupBy,
      rows: groupBy === 'category' ? rows.map((r) => ({ ...r, label: CATEGORY_LABELS[r.key as string] ?? r.key })) : rows,
      totals,
    };
  }
}

/** 429 in Spanish; `Retry-After` (seconds) is set from `retryAfter` by the exception filter or the controller. */
export class TooManySuggestions extends HttpException {
  constructor(readonly retryAfter: number) {
    super(
      { statusCode: 429, message: `Ya recibimos varios comentarios desde su conexión. Intente de nuevo en ${Math.ceil(retryAfter / 60)} minuto(s).`, retryAfter },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

const tooMany = (retryAfter: number) => new TooManySuggestions(retryAfter);

export const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
