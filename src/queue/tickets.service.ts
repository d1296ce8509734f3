import { randomBytes } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import type { ListParams, Page } from '../common/list-query';
import { found } from '../common/not-found';
import { reaches } from '../common/scope';
import type { Queryable } from '../common/sql-params';
import { today } from '../common/today';
import { invalid } from '../common/validation';
import { PoolTransactions, type TransactionOptions } from '../database/pool-transactions';
import { SettingsService } from '../settings/settings.service';
import { chooseNext } from './call-order';
import { type Counter, CountersRepository } from './counters.repository';
import type { CallTicketDto, FinishTicketDto, IssueTicketDto, TransferTicketDto } from './dto/queue.dto';
import { type QueueEvent, QueueBus } from './queue-bus';
import { type QueueService, QueueServicesRepository } from './queue-services.repository';
import { type Fairness, NOW, type Ticket, TicketsRepository } from './tickets.repository';

const WHAT = 'el turno';
const MAX_RECALLS = 3;
const OPEN = ['waiting', 'called', 'serving'] as const;

export interface IssuedTicket extends Ticket {
  position: number;
  estimatedWaitMinutes: number;
  statusToken: string;
}

const conflict = (message: string) => new ConflictException({ statusCode: 409, message });

/** The hour and minute now where the CSA are (HH:MM). */
const clock = (now = new Date()) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Mexico_City', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);

/**
 * Issuing tickets and working them: every step is one transaction that checks the ticket is where
 * the step starts from, moves it, and records the event the screens hear of once it is committed.
 */
@Injectable()
export class TicketsService {
  constructor(
    private readonly transactions: PoolTransactions,
    private readonly tickets: TicketsRepository,
    private readonly services: QueueServicesRepository,
    private readonly counters: CountersRepository,
    private readonly bus: QueueBus,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, params: ListParams): Promise<Page<Ticket>> {
    return this.tickets.list(actor, params);
  }

  async get(actor: Actor, id: string): Promise<Ticket & Partial<IssuedTicket>> {
    const ticket = found(await this.tickets.findOne(actor, id), WHAT);
    return { ...ticket, ...(await this.tickets.standing(ticket.visitId)) };
  }

  async issue(actor: Actor, dto: IssueTicketDto): Promise<IssuedTicket> {
    if (!reaches(actor, { buildingId: dto.buildingId, agencyId: actor.agencyId })) throw invalid({ buildingId: 'El inmueble no existe o no está a su cargo' });
    const day = today();
    const statusToken = randomBytes(24).toString('base64url');
    const { ticket, events } = await this.inTransaction(async (tx, events) => {
      const service = await this.openService(tx, dto.buildingId, dto.serviceId, 'serviceId');
      if (dto.nextServiceId) {
        if (dto.nextServiceId === dto.serviceId) throw invalid({ nextServiceId: 'Elija un servicio distinto del primero' });
        await this.openService(tx, dto.buildingId, dto.nextServiceId, 'nextServiceId');
      }
      const number = await this.tickets.nextNumber(tx, service.id, day);
      if (number > service.dailyCap) {
        throw conflict(`${service.name} ya entregó los ${service.dailyCap} turnos de hoy: vuelva mañana o pregunte en el módulo de orientación`);
      }
      const code = `${service.prefix}-${String(number).padStart(3, '0')}`;
      const { id } = await this.tickets.insertTicket(tx, {
        buildingId: dto.buildingId, serviceId: service.id, day, number, code, category: dto.category, issuedBy: actor.id,
        procedureId: dto.procedureId ?? null, nextServiceId: dto.nextServiceId ?? null, statusToken,
      });
      const visitId = await this.tickets.queueVisit(tx, id, service.id);
      events.push(await this.bus.record(tx, {
        buildingId: dto.buildingId, action: 'issued', ticketId: id, visitId, serviceId: service.id, counterId: null, agencyId: service.agencyId,
        userId: actor.id, public: { code, service: service.name },
      }));
      return found(await this.tickets.findOne(actor, id, tx), WHAT);
    });
    this.bus.announce(events);
    const standing = (await this.tickets.standing(ticket.visitId)) ?? { position: 0, estimatedWaitMinutes: 0 };
    return { ...ticket, ...standing, statusToken };
  }

  /**
   * The next ticket at a counter, chosen by the product (call-order.ts); undefined when no one waits.
   * Its commit does not wait for the disk: a call lost in a crash leaves the ticket at the head of
   * its line, to be called again, and the clerk's next call at once finds it.
   */
  async callNext(actor: Actor, counterId: string): Promise<Ticket | undefined> {
    const day = today();
    const { ticket, events } = await this.inTransaction(async (tx, events) => {
      const counter = await this.readyCounter(actor, tx, counterId);
      const rule = await this.settings.get(tx);
      const lines = await this.counters.lines(tx, counter.id, day);
      const choice = chooseNext(
        lines.map((l) => ({
          serviceId: l.serviceId,
          generalsSincePreferential: l.generalsSincePreferential,
          general: l.generalId ? { visitId: l.generalId, queuedAt: new Date(l.generalAt!).getTime() } : undefined,
          preferential: l.preferentialId ? { visitId: l.preferentialId, queuedAt: new Date(l.preferentialAt!).getTime() } : undefined,
        })),
        { every: rule.preferentialEvery, maxGeneralDelayMinutes: rule.generalMaxDelayMinutes },
      );
      if (!choice) return undefined;
      return this.call(actor, tx, events, counter, choice.visitId, null, { day, generalsSincePreferential: choice.generalsSincePreferential });
    }, { durable: false });
    this.bus.announce(events);
    return ticket;
  }

  /** The reception calls a chosen waiting ticket to a counter, with a reason. */
  async callChosen(actor: Actor, counterId: string, dto: CallTicketDto): Promise<Ticket> {
    const { ticket, events } = await this.inTransaction(async (tx, events) => {
      const counter = await this.readyCounter(actor, tx, counterId, false);
      const chosen = found(await this.tickets.lockCurrent(actor, dto.ticketId, tx), WHAT);
      if (chosen.status !== 'waiting') throw conflict(`El turno ${chosen.code} no está en espera`);
      if (!counter.serviceIds.includes(chosen.serviceId)) throw conflict(`${counter.label} no atiende el servicio del turno ${chosen.code}`);
      const called = await this.call(actor, tx, events, counter, chosen.visitId, dto.reason);
      await this.audit.record(tx, actor, 'call', 'tickets', chosen.id, { status: 'waiting' }, { status: 'called', counter: counter.label, reason: dto.reason });
      return called;
    });
    this.bus.announce(events);
    return ticket!;
  }

  recall(actor: Actor, id: string): Promise<Ticket> {
    return this.work(actor, id, 'recalled', async (tx, t) => {
      if (t.recalls >= MAX_RECALLS) throw conflict(`El turno ${t.code} ya se llamó ${MAX_RECALLS + 1} veces: márquelo como no presentado`);
      return this.tickets.step(tx, t.visitId, ['called'], { recalls: t.recalls + 1 });
    });
  }

  start(actor: Actor, id: string): Promise<Ticket> {
    return this.work(actor, id, 'started', (tx, t) => this.tickets.step(tx, t.visitId, ['called'], { status: 'serving', started_at: NOW }));
  }

  noShow(actor: Actor, id: string): Promise<Ticket> {
    return this.work(actor, id, 'no_show', (tx, t) => this.tickets.step(tx, t.visitId, ['called'], { status: 'no_show', finished_at: NOW }));
  }

  finish(actor: Actor, id: string, dto: FinishTicketDto): Promise<Ticket> {
    return this.work(actor, id, 'finished', async (tx, t, events) => {
      const moved = await this.tickets.step(tx, t.visitId, ['serving'], { status: 'done', outcome: dto.outcome, finished_at: NOW });
      if (moved && t.nextServiceId) {
        // One visit, two agencies: it queues at the second with its issue time.
        await this.tickets.clearNextService(tx, t.id);
        await this.requeue(actor, tx, events, t, t.nextServiceId);
      }
      return moved;
    });
  }

  transfer(actor: Actor, id: string, dto: TransferTicketDto): Promise<Ticket> {
    return this.work(actor, id, 'transferred', async (tx, t, events) => {
      if (dto.serviceId === t.serviceId) throw invalid({ serviceId: 'El turno ya está en ese servicio' });
      const moved = await this.tickets.step(tx, t.visitId, OPEN, { status: 'transferred', finished_at: NOW });
      if (moved) await this.requeue(actor, tx, events, t, dto.serviceId, dto.reason ?? null);
      return moved;
    });
  }

  cancel(actor: Actor, id: string): Promise<Ticket> {
    return this.work(actor, id, 'cancelled', (tx, t) => this.tickets.step(tx, t.visitId, ['waiting', 'called'], { status: 'cancelled', finished_at: NOW }));
  }

  /**
   * One step on a ticket's current visit. A clerk works only the ticket called to its own counter;
   * the reception and the building's administrators, any ticket of their buildings.
   */
  private async work(
    actor: Actor, id: string, action: string,
    apply: (tx: Queryable, ticket: Ticket, events: QueueEvent[]) => Promise<boolean>,
  ): Promise<Ticket> {
    const { ticket, events } = await this.inTransaction(async (tx, events) => {
      const before = found(await this.tickets.lockCurrent(actor, id, tx), WHAT);
      if (actor.role === 'clerk' && before.clerkId !== actor.id) {
        throw conflict(`El turno ${before.code} no está en su ventanilla`);
      }
      if (!(await apply(tx, before, events))) throw conflict(`El turno ${before.code} está ${STATUS_LABELS[before.status] ?? before.status}: no admite ese paso`);
      events.unshift(await this.bus.record(tx, {
        buildingId: before.buildingId, action, ticketId: before.id, visitId: before.visitId, serviceId: before.serviceId, counterId: before.counterId,
        agencyId: before.agencyId, userId: actor.id,
        public: before.counterLabel ? { code: before.code, counter: String(before.counterLabel) } : { code: before.code },
      }));
      return found(await this.tickets.findById(id, tx), WHAT);
    });
    this.bus.announce(events);
    return ticket!;
  }

  private async call(
    actor: Actor, tx: Queryable, events: QueueEvent[], counter: Counter, visitId: string, reason: string | null, fairness?: Fairness,
  ): Promise<Ticket> {
    const id = await this.tickets.callVisit(tx, visitId, counter.id, counter.clerkId, fairness);
    if (!id) throw conflict('El turno ya fue llamado en otra ventanilla');
    const ticket = found(await this.tickets.findOne(actor, id, tx), WHAT);
    events.push(await this.bus.record(tx, {
      buildingId: ticket.buildingId, action: 'called', ticketId: ticket.id, visitId, serviceId: ticket.serviceId, counterId: counter.id,
      agencyId: ticket.agencyId, userId: actor.id, reason, public: { code: ticket.code, counter: counter.label, service: String(ticket.serviceName) },
    }));
    return ticket;
  }

  private async requeue(actor: Actor, tx: Queryable, events: QueueEvent[], t: Ticket, serviceId: string, reason: string | null = null) {
    const service = await this.openService(tx, t.buildingId, serviceId, 'serviceId', false);
    const visitId = await this.tickets.queueVisit(tx, t.id, service.id);
    events.push(await this.bus.record(tx, {
      buildingId: t.buildingId, action: 'queued', ticketId: t.id, visitId, serviceId: service.id, counterId: null,
      agencyId: service.agencyId, userId: actor.id, reason, public: { code: t.code, service: service.name },
    }));
  }

  /** The counter, locked, signed in, not paused, with nothing called or in service. */
  private async readyCounter(actor: Actor, tx: Queryable, counterId: string, byItsClerk = true): Promise<Counter> {
    const counter = found(await this.counters.lockOne(actor, counterId, tx), 'la ventanilla');
    if (!counter.active) throw conflict(`${counter.label} está desactivada`);
    if (!counter.clerkId) throw conflict(`Nadie atiende en ${counter.label}: inicie sesión en la ventanilla`);
    if (byItsClerk && counter.clerkId !== actor.id) throw conflict(`${counter.label} la atiende otra persona`);
    if (counter.pausedReason) throw conflict(`${counter.label} está en pausa: reanúdela para llamar`);
    if (counter.currentTicketId) throw conflict(`${counter.label} ya tiene un turno: termínelo antes de llamar otro`);
    return counter;
  }

  /**
   * An active service of the building, open at this hour. Any agency's: a ticket goes on to another
   * agency of the same building; the callers have checked the building is within the actor's reach.
   */
  private async openService(tx: Queryable, buildingId: string, serviceId: string, field: string, checkHours = true): Promise<QueueService> {
    const service = await this.services.findInBuilding(tx, buildingId, serviceId);
    if (!service) throw invalid({ [field]: 'El servicio no existe en este inmueble' });
    if (!service.active) throw conflict(`${service.name} no está entregando turnos`);
    if (checkHours) {
      const now = clock();
      if ((service.opensAt && now < service.opensAt) || (service.closesAt && now >= service.closesAt)) {
        throw conflict(`${service.name} entrega turnos de ${service.opensAt ?? '00:00'} a ${service.closesAt ?? '24:00'}`);
      }
    }
    return service;
  }

  private async inTransaction<T>(
    work: (tx: Queryable, events: QueueEvent[]) => Promise<T>, options?: TransactionOptions,
  ): Promise<{ ticket: T; events: QueueEvent[] }> {
    const events: QueueEvent[] = [];
    const ticket = await this.transactions.run((tx) => work(tx, events), options);
    return { ticket, events };
  }
}

const STATUS_LABELS: Record<string, string> = {
  waiting: 'en espera', called: 'llamado', serving: 'en atención', done: 'atendido', no_show: 'no presentado', cancelled: 'cancelado',
  transferred: 'transferido',
};
