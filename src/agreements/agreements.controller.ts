import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { AgreementsService } from './agreements.service';
import { CreateAgreementDto, ExtendAgreementDto, TerminateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';

@ApiTags('Convenios de ocupación')
@ApiBearerAuth()
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @Permission('agreements', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'agreements', await this.agreements.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('agreements', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.agreements.get(actor, id);
  }

  @Post()
  @Permission('agreements', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgreementDto) {
    return this.agreements.create(actor, dto);
  }

  @Put(':id')
  @Permission('agreements', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateAgreementDto) {
    return this.agreements.update(actor, id, dto);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Permission('agreements', 'update')
  activate(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.agreements.activate(actor, id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Permission('agreements', 'update')
  extend(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ExtendAgreementDto) {
    return this.agreements.extend(actor, id, dto);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @Permission('agreements', 'update')
  terminate(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: TerminateAgreementDto) {
    return this.agreements.terminate(actor, id, dto);
  }

  @Delete(':id')
  @Permission('agreements', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.agreements.remove(actor, id);
  }
}
