import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateProcedureDto, UpdateProcedureDto } from './dto/procedure.dto';
import { ProceduresService } from './procedures.service';

/** The catalogue of procedures; it follows the permissions of agencies. */
@ApiTags('Catálogo de trámites')
@ApiBearerAuth()
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get()
  @Permission('agencies', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'procedures', await this.procedures.list(parseListParams(query)));
  }

  @Get(':id')
  @Permission('agencies', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.procedures.get(id);
  }

  @Post()
  @Permission('agencies', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProcedureDto) {
    return this.procedures.create(actor, dto);
  }

  @Put(':id')
  @Permission('agencies', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateProcedureDto) {
    return this.procedures.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('agencies', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.procedures.remove(actor, id);
  }
}
