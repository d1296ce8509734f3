import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateMeterDto, UpdateMeterDto } from './dto/meter.dto';
import { MetersService } from './meters.service';

@ApiTags('Medidores')
@ApiBearerAuth()
@Controller('meters')
export class MetersController {
  constructor(private readonly meters: MetersService) {}

  @Get()
  @Permission('meters', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'meters', await this.meters.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('meters', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.meters.get(actor, id);
  }

  @Post()
  @Permission('meters', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMeterDto) {
    return this.meters.create(actor, dto);
  }

  @Put(':id')
  @Permission('meters', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateMeterDto) {
    return this.meters.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('meters', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.meters.remove(actor, id);
  }
}
