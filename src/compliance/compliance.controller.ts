import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { CONTENT_TYPES, sendDownload } from '../statements/download';
import { ComplianceService } from './compliance.service';
import { ScorecardQueryDto } from './dto/scorecard.dto';
import { scorecardsXlsx } from './scorecard-xlsx';

@ApiTags('Cumplimiento')
@ApiBearerAuth()
@Controller('reports/compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @Permission('compliance', 'read')
  @ApiProduces('application/json', CONTENT_TYPES.xlsx)
  async get(@CurrentActor() actor: Actor, @Query() q: ScorecardQueryDto, @Res({ passthrough: true }) res: Response) {
    const scorecards = await this.compliance.scorecards(actor, q);
    return q.format === 'xlsx' ? sendDownload(res, await scorecardsXlsx(scorecards)) : scorecards;
  }
}
