import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Permission, Public } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { reaches } from '../common/scope';
import { today } from '../common/today';
import { uuidPipe } from '../common/uuid.pipe';
import { invalid } from '../common/validation';
import { RateTicketDto } from './dto/queue.dto';
import { streamEvents } from './event-stream';
import { QueueBus } from './queue-bus';
import { PublicQueueRepository } from './public-queue.repository';
import { PublicTicketsService } from './public-tickets.service';

const CALLS = new Set(['called', 'recalled']);

/** The building's lines as they move, for the clerk, reception and administrators' screens. */
@ApiTags('Turnos: en vivo')
@ApiBearerAuth()
@Controller('queue')
export class QueueStreamController {
  constructor(private readonly bus: QueueBus) {}

  @Get('stream')
  @Permission('tickets', 'read')
  async stream(@CurrentActor() actor: Actor, @Query('buildingId', uuidPipe) buildingId: string, @Req() req: Request, @Res() res: Response) {
    if (!reaches(actor, { buildingId, agencyId: actor.agencyId })) throw new NotFoundException({ statusCode: 404, message: 'El inmueble no existe o no está a su cargo' });
    // A clerk hears only its agency's lines.
    const visible = actor.role === 'clerk' ? (e: { agencyId: string | null }) => e.agencyId === actor.agencyId : () => true;
    await streamEvents(req, res, this.bus, { buildingId, visible, shape: (e) => e });
  }
}

/** The waiting room's panel and the citizen's phone: no login, nothing but codes and counters. */
@ApiTags('Público: turnos')
@Controller('public')
export class PublicQueueController {
  constructor(
    private readonly bus: QueueBus,
    private readonly board: PublicQueueRepository,
    private readonly tickets: PublicTicketsService,
  ) {}

  @Public()
  @Get('queue/:code')
  async panel(@Param('code') code: string) {
    return this.board.board(await this.building(code), today());
  }

  @Public()
  @Get('queue/:code/stream')
  async stream(@Param('code') code: string, @Req() req: Request, @Res() res: Response) {
    const building = await this.building(code);
    await streamEvents(req, res, this.bus, {
      buildingId: building.id,
      visible: (e) => CALLS.has(e.action) || e.action === 'issued' || e.action === 'queued' || e.action === 'finished' || e.action === 'no_show' || e.action === 'cancelled' || e.action === 'transferred',
      shape: (e) => ({ id: e.id, at: e.at, action: e.action, ...(CALLS.has(e.action) ? e.public : {}) }),
    });
  }

  @Public()
  @Get('tickets/:token')
  ticket(@Param('token') token: string) {
    return this.tickets.status(token);
  }

  @Public()
  @Post('tickets/:token/rating')
  rate(@Param('token') token: string, @Body() dto: RateTicketDto) {
    return this.tickets.rate(token, dto);
  }

  private async building(code: string) {
    if (!/^[A-Za-z0-9-]{2,20}$/.test(code)) throw invalid({ code: 'Clave de inmueble inválida' });
    const building = await this.board.buildingByCode(code);
    if (!building) throw new NotFoundException({ statusCode: 404, message: 'No existe ese centro de servicios' });
    return building;
  }
}
