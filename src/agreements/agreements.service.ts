import { ConflictException, Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import { pgErrorOf } from '../common/database-errors';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { type Agreement, AgreementsRepository, type TermValues } from './agreements.repository';
import { CreateAgreementDto, ExtendAgreementDto, TerminateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { collisionMessage, formatDate } from './collision-message';
import { assertOccupancyChangeOpen } from '../allocation/period-lock';
import { reaches } from '../common/scope';

const WHAT = 'el convenio';

@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementsRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Agreement>> {
    return this.agreements.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Agreement> {
    return found(await this.agreements.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateAgreementDto): Promise<Agreement> {
    if (!reaches(actor, { buildingId: dto.buildingId })) {
      throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    }
    checkTerms(dto.kind, dto.monthlyRent ?? null, dto.startDate, dto.endDate);
    const { spaceIds, activate, ...fields } = dto;
    return this.guardCollisions(null, () =>
      this.changes.create(
        actor, 'agreements', WHAT,
        async (tx) => {
          await this.checkParties(tx, dto.buildingId, dto.agencyId, spaceIds);
          if (activate) await assertOccupancyChangeOpen(tx, dto.startDate, dto.endDate);
          const folio = await this.agreements.nextFolio(tx, dto.buildingId, Number(dto.startDate.slice(0, 4)));
          const id = await this.agreements.insert(tx, {
            ...fields, folio, monthlyRent: dto.kind === 'lease' ? dto.monthlyRent : null,
            ...(activate ? { status: 'active', activatedAt: new Date() } : {}),
          });
          await this.agreements.setSpaces(tx, id, dto.buildingId, spaceIds);
          return id;
        },
        (tx, id) => this.agreements.findOne(actor, id, tx),
      ),
    );
  }

  update(actor: Actor, id: string, dto: UpdateAgreementDto): Promise<Agreement> {
    const { spaceIds, buildingId: _fixed, ...fields } = dto;
    const writable = Object.fromEntries(Object.entries(fields).filter(([key]) => Object.hasOwn(EDITABLE, key))) as Partial<CreateAgreementDto>;
    return this.guardCollisions(id, () =>
      this.change(actor, 'update', id, async (tx, before) => {
        if (before.status === 'expired' || before.status === 'terminated') {
          throw new ConflictException({ statusCode: 409, message: `El convenio ${before.folio} ya no está vigente y no se puede modificar` });
        }
        const kind = writable.kind ?? before.kind;
        const monthlyRent = writable.monthlyRent !== undefined ? writable.monthlyRent : before.monthlyRent;
        const startDate = writable.startDate ?? before.startDate;
        const endDate = writable.endDate ?? before.endDate;
        checkTerms(kind, kind === 'lease' ? monthlyRent : null, startDate, endDate);
        const terms = termsChanged(before, writable);
        const termsFrom = terms && dto.termsFrom && dto.termsFrom > startDate ? dto.termsFrom : null;
        if (termsFrom && termsFrom > endDate) throw invalid({ termsFrom: `Debe estar entre el ${formatDate(startDate)} y el ${formatDate(endDate)}` });
        if (before.status === 'active') await this.assertUpdateOpen(tx, before, writable, spaceIds, terms ? { label: terms, from: termsFrom } : undefined);
        if (spaceIds) await this.checkParties(tx, before.buildingId, writable.agencyId ?? before.agencyId, spaceIds);
        else if (writable.agencyId) await this.checkParties(tx, before.buildingId, writable.agencyId, []);
        if (terms) {
          const value = <K extends keyof TermValues>(key: K) => (writable[key] !== undefined ? writable[key] : before[key]) as TermValues[K];
          await this.agreements.replaceTerms(tx, id, termsFrom, {
            kind, monthlyRent: kind === 'lease' ? monthlyRent ?? null : null, referenceRentPerM2: value('referenceRentPerM2'),
            previousMonthlyRent: value('previousMonthlyRent'), previousMonthlyElectricity: value('previousMonthlyElectricity'),
          });
        }
        await this.agreements.update(tx, id, { ...writable, monthlyRent: kind === 'lease' ? monthlyRent : null });
        if (spaceIds) await this.agreements.setSpaces(tx, id, before.buildingId, spaceIds);
      }),
    );
  }

  activate(actor: Actor, id: string): Promise<Agreement> {
    return this.guardCollisions(id, () =>
      this.change(actor, 'activate', id, async (tx, before) => {
        if (before.status !== 'draft') throw conflict(`El convenio ${before.folio} ya fue activado`);
        if (before.endDate < today()) throw conflict('La vigencia del convenio ya terminó: corrija las fechas antes de activarlo');
        const blocked = await this.agreements.unassignable(tx, before.buildingId, before.spaceIds);
        if (blocked.length) throw conflict(`No se puede activar: ${blocked.map((b) => `${b.code} (${b.reason})`).join(', ')}`);
        await assertOccupancyChangeOpen(tx, before.startDate, before.endDate);
        await this.agreements.update(tx, id, { status: 'active', activatedAt: new Date() });
      }),
    );
  }

  extend(actor: Actor, id: string, dto: ExtendAgreementDto): Promise<Agreement> {
    return this.guardCollisions(id, () =>
      this.change(actor, 'extend', id, async (tx, before) => {
        if (before.status !== 'active' && before.status !== 'expired') throw conflict('Sólo se amplían convenios vigentes o vencidos');
        if (dto.endDate <= before.endDate) throw invalid({ endDate: `La nueva fecha de término debe ser posterior al ${formatDate(before.endDate)}` });
        await assertOccupancyChangeOpen(tx, before.endDate, dto.endDate);
        await this.agreements.update(tx, id, { endDate: dto.endDate, status: dto.endDate >= today() ? 'active' : before.status });
      }),
    );
  }

  terminate(actor: Actor, id: string, dto: TerminateAgreementDto): Promise<Agreement> {
    return this.change(actor, 'terminate', id, async (tx, before) => {
      if (before.status !== 'active') throw conflict('Sólo se terminan anticipadamente convenios vigentes');
      if (dto.terminatedOn < before.startDate || dto.terminatedOn > before.endDate) {
        throw invalid({ terminatedOn: `Debe estar entre el ${formatDate(before.startDate)} y el ${formatDate(before.endDate)}` });
      }
      await assertOccupancyChangeOpen(tx, dto.terminatedOn, before.endDate);
      await this.agreements.update(tx, id, { status: 'terminated', terminatedOn: dto.terminatedOn, terminationReason: dto.reason });
    });
  }

  remove(actor: Actor, id: string): Promise<Agreement> {
    return this.changes.remove(actor, 'agreements', 'agreements', WHAT, id, (tx, rid) => this.agreements.findOne(actor, rid, tx), (_tx, before) => {
      if (before.status !== 'draft') throw conflict(`El convenio ${before.folio} ya fue activado: termínelo en lugar de eliminarlo`);
    });
  }

  /**
   * Changing who occupies what, or for how long, must not reach into a closed period; new terms
   * (rent, kind, savings baselines) may apply only from a day after every closed month they would reprice.
   */
  private async assertUpdateOpen(
    tx: Queryable, before: Agreement, changes: Partial<CreateAgreementDto>, spaceIds: string[] | undefined, terms: { label: string; from: string | null } | undefined,
  ): Promise<void> {
    const reassigned =
      (spaceIds && [...spaceIds].sort().join() !== [...before.spaceIds].sort().join()) ||
      (changes.agencyId && changes.agencyId !== before.agencyId) ||
      (changes.headcount !== undefined && changes.headcount !== before.headcount);
    const start = changes.startDate ?? before.startDate;
    const end = changes.endDate ?? before.endDate;
    if (reassigned) {
      await assertOccupancyChangeOpen(tx, start < before.startDate ? start : before.startDate, end > before.endDate ? end : before.endDate);
      return;
    }
    if (terms) {
      try {
        await assertOccupancyChangeOpen(tx, terms.from ?? before.startDate, before.terminatedOn ?? before.endDate);
      } catch (error) {
        if (!(error instanceof ConflictException)) throw error;
        const closed = (error.getResponse() as { message: string }).message;
        throw new ConflictException({
          statusCode: 409,
          message: `${closed} La nueva ${terms.label} no puede aplicar a ese mes: indique en «Aplica desde» un día posterior al último periodo cerrado.`,
          errors: { termsFrom: 'Indique un día de un periodo abierto, posterior al último periodo cerrado' },
        });
      }
    }
    if (start !== before.startDate) await assertOccupancyChangeOpen(tx, start, before.startDate);
    if (end !== before.endDate) await assertOccupancyChangeOpen(tx, end, before.endDate);
  }

  private change(actor: Actor, action: 'update' | 'activate' | 'extend' | 'terminate', id: string, apply: (tx: Queryable, before: Agreement) => Promise<void>) {
    return this.changes.change(actor, action, 'agreements', 'agreements', WHAT, id, (tx, rid) => this.agreements.findOne(actor, rid, tx), apply);
  }

  /** The agency must exist and be active; the spaces must belong to the building and be assignable. */
  private async checkParties(tx: Queryable, buildingId: string, agencyId: string, spaceIds: string[]): Promise<void> {
    const [agency] = await tx.query<{ active: boolean }[]>(`SELECT active FROM agencies WHERE id = $1`, [agencyId]);
    if (!agency) throw invalid({ agencyId: 'La unidad usuaria no existe' });
    if (!agency.active) throw invalid({ agencyId: 'La unidad usuaria está desactivada' });
    const [building] = await tx.query<unknown[]>(`SELECT 1 FROM buildings WHERE id = $1`, [buildingId]);
    if (!building) throw invalid({ buildingId: 'El inmueble no existe' });
    if (!spaceIds.length) return;
    const known = await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM spaces WHERE id = ANY($1::uuid[])`, [spaceIds]);
    if (known[0].n !== spaceIds.length) throw invalid({ spaceIds: 'Alguno de los espacios no existe' });
    const blocked = await this.agreements.unassignable(tx, buildingId, spaceIds);
    if (blocked.length) throw invalid({ spaceIds: `No se pueden asignar: ${blocked.map((b) => `${b.code} (${b.reason})`).join(', ')}` });
  }

  /**
   * The exclusion constraint decides collisions inside the database; once the losing transaction
   * has rolled back, find the agreement it collided with and say which.
   */
  private async guardCollisions<T>(selfId: string | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const pg = pgErrorOf(error);
      if (pg?.code !== '23P01') throw error;
      const match = /conflicts with existing key \(space_id, period\)=\(([0-9a-f-]{36}), (.+)\)\.?$/.exec(pg.detail ?? '');
      const collision = match ? await this.agreements.collision(match[1], match[2], selfId) : undefined;
      throw new ConflictException({
        statusCode: 409,
        message: collision ? collisionMessage(collision) : 'Uno de los espacios ya está asignado en otro convenio en esas fechas',
        ...(collision ? { conflict: collision } : {}),
      });
    }
  }
}

const EDITABLE: Record<string, true> = {
  agencyId: true, kind: true, monthlyRent: true, startDate: true, endDate: true, headcount: true,
  referenceRentPerM2: true, previousMonthlyRent: true, previousMonthlyElectricity: true, notes: true,
};

const TERM_LABELS = {
  kind: 'modalidad (comodato o arrendamiento)', monthlyRent: 'renta mensual', referenceRentPerM2: 'renta de referencia por m²',
  previousMonthlyRent: 'renta anterior', previousMonthlyElectricity: 'electricidad anterior',
} as const;

/** The term a change alters, by its Spanish name, or undefined; values sent back unchanged are no change. */
function termsChanged(before: Agreement, changes: Partial<CreateAgreementDto>): string | undefined {
  const decimal = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  if (changes.kind !== undefined && changes.kind !== before.kind) return TERM_LABELS.kind;
  for (const field of ['monthlyRent', 'referenceRentPerM2', 'previousMonthlyRent', 'previousMonthlyElectricity'] as const) {
    if (changes[field] !== undefined && decimal(changes[field]) !== decimal(before[field])) return TERM_LABELS[field];
  }
  return undefined;
}

const conflict = (message: string) => new ConflictException({ statusCode: 409, message });

function checkTerms(kind: string, monthlyRent: string | null | undefined, startDate: string, endDate: string): void {
  if (endDate < startDate) throw invalid({ endDate: 'La fecha de término debe ser igual o posterior a la de inicio' });
  if (kind === 'lease' && (monthlyRent === null || monthlyRent === undefined)) throw invalid({ monthlyRent: 'Indique la renta mensual del arrendamiento' });
}
