import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChangesService } from '../audit/changes.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { reaches } from '../common/scope';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { type Counter, CountersRepository } from './counters.repository';
import type { CreateCounterDto, UpdateCounterDto } from './dto/queue.dto';

const WHAT = 'la ventanilla';
/** The spaces a citizen is served at. */
const COUNTER_SPACES = ['service_module', 'orientation', 'virtual_office'];

const conflict = (message: string) => new ConflictException({ statusCode: 409, message });

@Injectable()
export class CountersService {
  constructor(
    private readonly counters: CountersRepository,
    private readonly changes: ChangesService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Counter>> {
    return this.counters.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Counter> {
    return found(await this.counters.findOne(actor, id), WHAT);
  }

  create(actor: Actor, dto: CreateCounterDto): Promise<Counter> {
    if (!reaches(actor, { buildingId: dto.buildingId, agencyId: actor.agencyId })) throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    return this.changes.create(
      actor, 'counters', WHAT,
      async (tx) => {
        const agencyId = await this.holder(tx, dto.buildingId, dto.spaceId);
        const id = await this.counters.insert(tx, { buildingId: dto.buildingId, spaceId: dto.spaceId, agencyId, label: dto.label, active: dto.active });
        await this.writeServices(tx, id, dto.buildingId, agencyId, dto.serviceIds);
        return id;
      },
      (tx, id) => this.counters.findOne(actor, id, tx),
    );
  }

  update(actor: Actor, id: string, dto: UpdateCounterDto): Promise<Counter> {
    return this.changes.change(actor, 'update', 'counters', 'counters', WHAT, id, (tx, rid) => this.counters.findOne(actor, rid, tx), async (tx, before) => {
      let agencyId = before.agencyId;
      if (dto.spaceId && dto.spaceId !== before.spaceId) {
        agencyId = await this.holder(tx, before.buildingId, dto.spaceId);
        if (agencyId !== before.agencyId) throw invalid({ spaceId: 'El espacio nuevo debe tenerlo la misma unidad usuaria' });
      }
      await this.counters.update(tx, id, { spaceId: dto.spaceId, label: dto.label, active: dto.active });
      if (dto.serviceIds) await this.writeServices(tx, id, before.buildingId, agencyId, dto.serviceIds);
    });
  }

  remove(actor: Actor, id: string): Promise<Counter> {
    return this.changes.remove(actor, 'counters', 'counters', WHAT, id, (tx, rid) => this.counters.findOne(actor, rid, tx), (_tx, before) => {
      if (before.currentTicketId) throw conflict(`${before.label} tiene un turno en atención`);
    });
  }

  /** A clerk takes the counter (leaving any other it held); only a clerk of the counter's agency and building. */
  signIn(actor: Actor, id: string): Promise<Counter> {
    if (actor.role !== 'clerk') throw new ForbiddenException({ statusCode: 403, message: 'Sólo el personal de ventanilla atiende en una ventanilla' });
    return this.changes.change(actor, 'update', 'counters', 'counters', WHAT, id, (tx, rid) => this.counters.findOne(actor, rid, tx), async (tx, before) => {
      if (!before.active) throw conflict(`${before.label} está desactivada`);
      if (before.clerkId && before.clerkId !== actor.id) throw conflict(`${before.label} ya la atiende ${String(before.clerkName ?? 'otra persona')}`);
      await this.counters.signIn(tx, id, actor.id);
    });
  }

  signOut(actor: Actor, id: string): Promise<Counter> {
    return this.changes.change(actor, 'update', 'counters', 'counters', WHAT, id, (tx, rid) => this.counters.findOne(actor, rid, tx), async (tx, before) => {
      this.ownOrManaged(actor, before);
      if (before.currentTicketId) throw conflict(`${before.label} tiene un turno llamado o en atención: termínelo antes de salir`);
      await this.counters.signOut(tx, id);
    });
  }

  pause(actor: Actor, id: string, reason: string | null): Promise<Counter> {
    return this.changes.change(actor, 'update', 'counters', 'counters', WHAT, id, (tx, rid) => this.counters.findOne(actor, rid, tx), async (tx, before) => {
      this.ownOrManaged(actor, before);
      if (reason && !before.clerkId) throw conflict(`Nadie atiende en ${before.label}`);
      await this.counters.pause(tx, id, reason);
    });
  }

  private ownOrManaged(actor: Actor, counter: Counter): void {
    if (actor.role === 'clerk' && counter.clerkId !== actor.id) throw conflict(`${counter.label} la atiende otra persona`);
  }

  private async holder(tx: EntityManager, buildingId: string, spaceId: string): Promise<string> {
    const space = await this.counters.spaceHolder(tx, buildingId, spaceId, today());
    if (!space) throw invalid({ spaceId: 'El espacio no existe en este inmueble' });
    if (!COUNTER_SPACES.includes(space.type)) throw conflict('Una ventanilla va en un módulo de atención, de orientación o una oficina virtual');
    if (!space.agencyId) throw conflict('El espacio no lo tiene ninguna unidad usuaria con un convenio vigente');
    return space.agencyId;
  }

  private async writeServices(tx: EntityManager, id: string, buildingId: string, agencyId: string, serviceIds: string[]): Promise<void> {
    const written = await this.counters.setServices(tx, id, buildingId, agencyId, serviceIds);
    if (written !== serviceIds.length) throw invalid({ serviceIds: 'Todos los servicios deben ser del inmueble y de la unidad usuaria que tiene el espacio' });
  }
}
