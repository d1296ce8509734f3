import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { invalid, PERIOD_PATTERN } from '../common/validation';
import { AllocationService } from './allocation.service';
import { CreateAdjustmentDto, MatrixQuery, RunAllocationDto } from './dto/allocation.dto';

@ApiTags('Prorrateo')
@ApiBearerAuth()
@Controller('allocation-runs')
export class AllocationRunsController {
  constructor(private readonly allocation: AllocationService) {}

  @Post()
  @Permission('allocation-runs', 'create')
  run(@CurrentActor() actor: Actor, @Body() dto: RunAllocationDto) {
    return this.allocation.run(actor, dto);
  }

  @Get()
  @Permission('allocation-runs', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'allocation-runs', await this.allocation.listRuns(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('allocation-runs', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.allocation.getRun(actor, id);
  }
}

@ApiTags('Prorrateo')
@ApiBearerAuth()
@Controller('charges')
export class ChargesController {
  constructor(private readonly allocation: AllocationService) {}

  @Get()
  @Permission('charges', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'charges', await this.allocation.listCharges(actor, parseListParams(query)));
  }

  /** The apportionment matrix of one building and period: tenants × services, with the vacancy row. */
  @Get('matrix')
  // The building's billed totals per service are the allocation's, not one tenant's: read with the runs.
  @Permission('allocation-runs', 'read')
  matrix(@CurrentActor() actor: Actor, @Query() query: MatrixQuery) {
    return this.allocation.matrix(actor, query.period, query.buildingId);
  }

  @Get(':id')
  @Permission('charges', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.allocation.getCharge(actor, id);
  }
}

@ApiTags('Prorrateo')
@ApiBearerAuth()
@Controller('periods')
export class PeriodsController {
  constructor(private readonly allocation: AllocationService) {}

  @Get()
  @Permission('periods', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    // Every month in one answer, newest first: no filter to apply, so any filter or other sort is refused, never ignored.
    const { filter, sort } = parseListParams(query);
    const [unknown] = Object.keys(filter);
    if (unknown !== undefined) throw invalid({ [unknown]: 'Filtro desconocido' });
    if (sort && sort.field !== 'period' && sort.field !== 'id') throw invalid({ sort: `No se puede ordenar por «${sort.field}»` });
    const rows = await this.allocation.periods(actor);
    return sendPage(res, 'periods', { rows, total: rows.length, offset: 0 });
  }

  @Post(':period/close')
  @HttpCode(200)
  @Permission('periods', 'update')
  close(@CurrentActor() actor: Actor, @Param('period') period: string) {
    if (!PERIOD_PATTERN.test(period)) throw invalid({ period: 'Debe ser un periodo con formato AAAA-MM' });
    return this.allocation.close(actor, period);
  }
}

@ApiTags('Prorrateo')
@ApiBearerAuth()
@Controller('adjustments')
export class AdjustmentsController {
  constructor(private readonly allocation: AllocationService) {}

  @Get()
  @Permission('adjustments', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'adjustments', await this.allocation.listAdjustments(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('adjustments', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.allocation.getAdjustment(actor, id);
  }

  @Post()
  @Permission('adjustments', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAdjustmentDto) {
    return this.allocation.createAdjustment(actor, dto);
  }
}
