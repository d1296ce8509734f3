import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { CONTENT_TYPES, sendDownload } from '../statements/download';
import { SavingsQueryDto } from './dto/savings.dto';
import { SavingsService } from './savings.service';

@ApiTags('Reportes')
@ApiBearerAuth()
@Controller('reports/savings')
export class SavingsController {
  constructor(private readonly savings: SavingsService) {}

  @Get()
  @Permission('savings', 'read')
  @ApiProduces('application/json', CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  async report(@CurrentActor() actor: Actor, @Query() q: SavingsQueryDto, @Res({ passthrough: true }) res: Response) {
    const report = await this.savings.report(actor, q);
    if (!q.format || q.format === 'json') return report;
    return sendDownload(res, await this.savings.export(report, q.format));
  }
}
