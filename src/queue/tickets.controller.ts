import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { FinishTicketDto, IssueTicketDto, TransferTicketDto } from './dto/queue.dto';
import { TicketsService } from './tickets.service';

@ApiTags('Turnos')
@ApiBearerAuth()
@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Get()
  @Permission('tickets', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'tickets', await this.tickets.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('tickets', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.tickets.get(actor, id);
  }

  @Post()
  @Permission('tickets', 'create')
  issue(@CurrentActor() actor: Actor, @Body() dto: IssueTicketDto) {
    return this.tickets.issue(actor, dto);
  }

  @Post(':id/recall')
  @HttpCode(200)
  @Permission('tickets', 'update')
  recall(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.tickets.recall(actor, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Permission('tickets', 'update')
  start(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.tickets.start(actor, id);
  }

  @Post(':id/finish')
  @HttpCode(200)
  @Permission('tickets', 'update')
  finish(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: FinishTicketDto) {
    return this.tickets.finish(actor, id, dto);
  }

  @Post(':id/no-show')
  @HttpCode(200)
  @Permission('tickets', 'update')
  noShow(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.tickets.noShow(actor, id);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Permission('tickets', 'update')
  transfer(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: TransferTicketDto) {
    return this.tickets.transfer(actor, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Permission('tickets', 'update')
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.tickets.cancel(actor, id);
  }
}
