import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateQueueServiceDto, UpdateQueueServiceDto } from './dto/queue.dto';
import { QueueServicesService } from './queue-services.service';

@ApiTags('Turnos: servicios')
@ApiBearerAuth()
@Controller('queue-services')
export class QueueServicesController {
  constructor(private readonly services: QueueServicesService) {}

  @Get()
  @Permission('queue-services', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'queue-services', await this.services.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('queue-services', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.services.get(actor, id);
  }

  @Post()
  @Permission('queue-services', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateQueueServiceDto) {
    return this.services.create(actor, dto);
  }

  @Put(':id')
  @Permission('queue-services', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateQueueServiceDto) {
    return this.services.update(actor, id, dto);
  }
}
