import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { BuildingsService } from './buildings.service';
import { CreateBuildingDto, UpdateBuildingDto } from './dto/building.dto';

@ApiTags('Inmuebles')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingsController {
  constructor(private readonly buildings: BuildingsService) {}

  @Get()
  @Permission('buildings', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'buildings', await this.buildings.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('buildings', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.buildings.get(actor, id);
  }

  @Post()
  @Permission('buildings', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateBuildingDto) {
    return this.buildings.create(actor, dto);
  }

  @Put(':id')
  @Permission('buildings', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateBuildingDto) {
    return this.buildings.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('buildings', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.buildings.remove(actor, id);
  }
}
