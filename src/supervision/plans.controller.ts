import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { ApprovePlanDto, CreatePlanDto, RegeneratePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('Supervisión aleatoria')
@ApiBearerAuth()
@Controller('supervision-plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Permission('supervision-plans', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'supervision-plans', await this.plans.list(parseListParams(query)));
  }

  @Get(':id')
  @Permission('supervision-plans', 'read')
  get(@Param('id', uuidPipe) id: string) {
    return this.plans.get(id);
  }

  @Get(':id/entries')
  @Permission('supervision-plans', 'read')
  entries(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.plans.entries(actor, id);
  }

  @Post()
  @Permission('supervision-plans', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto) {
    return this.plans.create(actor, dto);
  }

  /** Same as regenerate: react-admin's edit form saves with PUT. */
  @Put(':id')
  @Permission('supervision-plans', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RegeneratePlanDto) {
    return this.plans.regenerate(actor, id, dto);
  }

  @Post(':id/regenerate')
  @HttpCode(200)
  @Permission('supervision-plans', 'update')
  regenerate(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RegeneratePlanDto) {
    return this.plans.regenerate(actor, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Permission('supervision-plans', 'update')
  approve(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ApprovePlanDto) {
    return this.plans.approve(actor, id, dto);
  }
}
