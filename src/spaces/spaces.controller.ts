import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateSpaceDto, FreeSpacesQuery, UpdateSpaceDto } from './dto/space.dto';
import { SpacesService } from './spaces.service';

@ApiTags('Espacios')
@ApiBearerAuth()
@Controller('spaces')
export class SpacesController {
  constructor(private readonly spaces: SpacesService) {}

  @Get()
  @Permission('spaces', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'spaces', await this.spaces.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('spaces', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.spaces.get(actor, id);
  }

  @Post()
  @Permission('spaces', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSpaceDto) {
    return this.spaces.create(actor, dto);
  }

  @Put(':id')
  @Permission('spaces', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateSpaceDto) {
    return this.spaces.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('spaces', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.spaces.remove(actor, id);
  }
}

@ApiTags('Espacios')
@ApiBearerAuth()
@Controller('buildings/:id/free-spaces')
export class FreeSpacesController {
  constructor(private readonly spaces: SpacesService) {}

  /** Spaces of the building free for the whole period: the search behind assigning space. */
  @Get()
  @Permission('agreements', 'create')
  free(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() query: FreeSpacesQuery) {
    return this.spaces.free(actor, id, query);
  }
}
