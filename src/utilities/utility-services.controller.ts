import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateUtilityServiceDto, UpdateUtilityServiceDto } from './dto/utility-service.dto';
import { UtilityServicesService } from './utility-services.service';

@ApiTags('Servicios compartidos')
@ApiBearerAuth()
@Controller('utility-services')
export class UtilityServicesController {
  constructor(private readonly services: UtilityServicesService) {}

  @Get()
  @Permission('utility-services', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'utility-services', await this.services.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('utility-services', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.services.get(actor, id);
  }

  @Post()
  @Permission('utility-services', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUtilityServiceDto) {
    return this.services.create(actor, dto);
  }

  @Put(':id')
  @Permission('utility-services', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateUtilityServiceDto) {
    return this.services.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('utility-services', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.services.remove(actor, id);
  }
}
