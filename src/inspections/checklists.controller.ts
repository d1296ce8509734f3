import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { ChecklistsService } from './checklists.service';
import { CreateChecklistDto, UpdateChecklistDto } from './dto/checklist.dto';

@ApiTags('Supervisiones')
@ApiBearerAuth()
@Controller('checklists')
export class ChecklistsController {
  constructor(private readonly checklists: ChecklistsService) {}

  @Get()
  @Permission('checklists', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'checklists', await this.checklists.list(parseListParams(query)));
  }

  @Get(':id')
  @Permission('checklists', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.checklists.get(id);
  }

  @Post()
  @Permission('checklists', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateChecklistDto) {
    return this.checklists.create(actor, dto);
  }

  @Put(':id')
  @Permission('checklists', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateChecklistDto) {
    return this.checklists.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('checklists', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.checklists.remove(actor, id);
  }
}
