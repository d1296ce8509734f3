import { Injectable } from '@nestjs/common';
import { ChangesService } from '../audit/changes.service';
import { CalendarService } from '../calendar/calendar.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import type { CreateOperationDayDto, OperationCountDto, UpdateOperationDayDto } from './dto/operation-day.dto';
import { type OperationDay, OperationDaysRepository } from './operation-days.repository';
import { refreshMonths } from './operations-rollup';
import { reaches } from '../common/scope';

const WHAT = 'el día de operación';
export const FIRST_DAY = '2000-01-01';

@Injectable()
export class OperationDaysService {
  constructor(
    private readonly days: OperationDaysRepository,
    private readonly calendar: CalendarService,
    private readonly changes: ChangesService,
  ) {}

  private nonWorking(tx?: Queryable): Promise<string[]> {
    return this.calendar.nonWorkingDates(FIRST_DAY, `${today().slice(0, 4)}-12-31`, tx);
  }

  async list(actor: Actor, params: ListParams): Promise<Page<OperationDay>> {
    return this.days.list(actor, params, await this.nonWorking());
  }

  async get(actor: Actor, id: string): Promise<OperationDay> {
    return found(await this.days.findOne(actor, id, await this.nonWorking()), WHAT);
  }

  async create(actor: Actor, dto: CreateOperationDayDto): Promise<OperationDay> {
    if (!reaches(actor, { buildingId: dto.buildingId })) {
      throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    }
    const nonWorking = await this.nonWorking();
    return this.changes.create(
      actor, 'operation-days', WHAT,
      async (tx) => {
        const building = await this.days.buildingOpenedOn(tx, dto.buildingId);
        if (!building) throw invalid({ buildingId: 'El inmueble no existe' });
        const day = await this.checked(tx, dto.date, dto.status, dto.closedReason, dto.counts ?? [], building.openedOn);
        const id = await this.days.insertDay(tx, { buildingId: dto.buildingId, date: dto.date, status: day.status, closedReason: day.closedReason });
        await this.days.replaceCounts(tx, dto.buildingId, dto.date, day.counts);
        await refreshMonths(tx, { buildingIds: [dto.buildingId], months: [dto.date] });
        return id;
      },
      (tx, id) => this.days.findOne(actor, id, nonWorking, tx),
    );
  }

  async update(actor: Actor, id: string, dto: UpdateOperationDayDto): Promise<OperationDay> {
    const nonWorking = await this.nonWorking();
    return this.changes.change(actor, 'update', 'operation-days', 'operation_days', WHAT, id, (tx, rid) => this.days.findOne(actor, rid, nonWorking, tx), async (tx, before) => {
      if (dto.buildingId !== undefined && dto.buildingId !== before.buildingId) throw invalid({ buildingId: 'El inmueble de un día registrado no se cambia' });
      if (dto.date !== undefined && dto.date !== before.date) throw invalid({ date: 'La fecha de un día registrado no se cambia' });
      const status = dto.status ?? before.status;
      const reason = dto.closedReason !== undefined ? dto.closedReason : before.closedReason;
      const counts = dto.counts ?? before.counts;
      const building = await this.days.buildingOpenedOn(tx, before.buildingId);
      const day = await this.checked(tx, before.date, status, reason, counts, building?.openedOn ?? null);
      await this.days.updateDay(tx, id, { status: day.status, closedReason: day.closedReason });
      await this.days.replaceCounts(tx, before.buildingId, before.date, day.counts);
      await refreshMonths(tx, { buildingIds: [before.buildingId], months: [before.date] });
    });
  }

  async remove(actor: Actor, id: string): Promise<OperationDay> {
    const nonWorking = await this.nonWorking();
    return this.changes.remove(actor, 'operation-days', 'operation_days', WHAT, id, (tx, rid) => this.days.findOne(actor, rid, nonWorking, tx), async (tx, before) => {
      await tx.query(`DELETE FROM operation_counts WHERE building_id = $1 AND date = $2`, [before.buildingId, before.date]);
      await refreshMonths(tx, { buildingIds: [before.buildingId], months: [before.date] });
    });
  }

  /** The day's rules: a date not in the future nor before the opening, a reason when closed, no counts when closed, one count per agency. */
  private async checked(
    tx: Queryable, date: string, status: 'open' | 'closed', closedReason: string | null | undefined,
    counts: Pick<OperationCountDto, 'agencyId' | 'visitors' | 'procedures'>[], openedOn: string | null,
  ) {
    const errors: Record<string, string> = {};
    if (date > today()) errors.date = 'No se registran días futuros';
    if (date < FIRST_DAY) errors.date = 'La bitácora empieza el 01/01/2000';
    if (openedOn && date < openedOn) errors.date = 'La fecha es anterior a la apertura del inmueble';
    const reason = closedReason?.trim() || null;
    if (status === 'closed' && !reason) errors.closedReason = 'Indique el motivo del cierre';
    if (status === 'closed' && counts.some((c) => c.visitors > 0 || c.procedures > 0)) errors.counts = 'Un día cerrado no lleva visitantes ni trámites';
    const seen = new Set<string>();
    counts.forEach((c, i) => {
      if (seen.has(c.agencyId)) errors[`counts.${i}.agencyId`] = 'La unidad usuaria ya está en la lista';
      seen.add(c.agencyId);
    });
    const unknown = new Set(await this.days.unknownAgencies(tx, [...seen]));
    counts.forEach((c, i) => {
      if (unknown.has(c.agencyId)) errors[`counts.${i}.agencyId`] = 'La unidad usuaria no existe';
    });
    if (Object.keys(errors).length) throw invalid(errors);
    return {
      status,
      closedReason: status === 'closed' ? reason : null,
      counts: status === 'closed' ? [] : counts.map(({ agencyId, visitors, procedures }) => ({ agencyId, visitors, procedures })),
    };
  }
}
