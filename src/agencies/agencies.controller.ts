import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { AgenciesService } from './agencies.service';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

@ApiTags('Unidades usuarias')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Permission('agencies', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'agencies', await this.agencies.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('agencies', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.agencies.get(actor, id);
  }

  @Post()
  @Permission('agencies', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgencyDto) {
    return this.agencies.create(actor, dto);
  }

  @Put(':id')
  @Permission('agencies', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateAgencyDto) {
    return this.agencies.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('agencies', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.agencies.remove(actor, id);
  }
}
