import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { today } from '../common/today';
import { PoolTransactions } from '../database/pool-transactions';
import type { RateTicketDto } from './dto/queue.dto';
import { type PublicTicket, TicketsRepository } from './tickets.repository';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * A citizen's ticket by the unguessable token of its status page: valid the day it was issued,
 * showing that ticket and nothing else. Its rating is anonymous (the service and counter only).
 */
@Injectable()
export class PublicTicketsService {
  constructor(
    private readonly transactions: PoolTransactions,
    private readonly tickets: TicketsRepository,
  ) {}

  async status(token: string): Promise<Omit<PublicTicket, 'visitId'> & { position?: number; estimatedWaitMinutes?: number }> {
    const { visitId, ...ticket } = await this.find(token);
    return { ...ticket, ...(await this.tickets.standing(visitId)) };
  }

  async rate(token: string, dto: RateTicketDto): Promise<{ rated: true }> {
    const ticket = await this.find(token);
    if (ticket.status !== 'done') throw new ConflictException({ statusCode: 409, message: 'Podrá calificar la atención cuando termine' });
    const rated = await this.transactions.run((tx) => this.tickets.rate(tx, ticket.visitId, dto.rating, dto.comment ?? null, today()));
    if (!rated) throw new ConflictException({ statusCode: 409, message: 'Esta atención ya fue calificada: gracias' });
    return { rated: true };
  }

  private async find(token: string): Promise<PublicTicket> {
    const ticket = TOKEN.test(token) ? await this.tickets.byToken(token, today()) : undefined;
    if (!ticket) throw new NotFoundException({ statusCode: 404, message: 'El turno no existe o ya venció (vale sólo el día en que se entregó)' });
    return ticket;
  }
}
