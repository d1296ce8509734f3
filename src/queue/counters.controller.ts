import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CountersService } from './counters.service';
import { CallTicketDto, CreateCounterDto, PauseCounterDto, UpdateCounterDto } from './dto/queue.dto';
import { TicketsService } from './tickets.service';

@ApiTags('Turnos: ventanillas')
@ApiBearerAuth()
@Controller('counters')
export class CountersController {
  constructor(
    private readonly counters: CountersService,
    private readonly tickets: TicketsService,
  ) {}

  @Get()
  @Permission('counters', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'counters', await this.counters.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('counters', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.counters.get(actor, id);
  }

  @Post()
  @Permission('counters', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCounterDto) {
    return this.counters.create(actor, dto);
  }

  @Put(':id')
  @Permission('counters', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateCounterDto) {
    return this.counters.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('counters', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.counters.remove(actor, id);
  }

  @Post(':id/sign-in')
  @HttpCode(200)
  @Permission('tickets', 'update')
  signIn(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.counters.signIn(actor, id);
  }

  @Post(':id/sign-out')
  @HttpCode(200)
  @Permission('tickets', 'update')
  signOut(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.counters.signOut(actor, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Permission('tickets', 'update')
  pause(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: PauseCounterDto) {
    return this.counters.pause(actor, id, dto.reason);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Permission('tickets', 'update')
  resume(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.counters.pause(actor, id, null);
  }

  /** The ticket now called at this counter; 204 when no one waits. */
  @Post(':id/call-next')
  @Permission('tickets', 'update')
  async callNext(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const ticket = await this.tickets.callNext(actor, id);
    res.status(ticket ? 200 : 204);
    return ticket;
  }

  /** The reception calls a chosen ticket to this counter, with a reason. */
  @Post(':id/call')
  @HttpCode(200)
  @Permission('tickets', 'create')
  call(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CallTicketDto) {
    return this.tickets.callChosen(actor, id, dto);
  }
}
