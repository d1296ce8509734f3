import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { sendDownload } from '../statements/download';
import { attendanceCsv, attendanceXlsx } from './attendance-export';
import { AttendanceQueryDto, IndicatorQueryDto } from './dto/report.dto';
import { OperationReportsService } from './operation-reports.service';

@ApiTags('Reportes de operación')
@ApiBearerAuth()
@Controller('reports')
export class OperationReportsController {
  constructor(private readonly reports: OperationReportsService) {}

  @Get('operation-indicator')
  @Permission('operations', 'read')
  indicator(@CurrentActor() actor: Actor, @Query() query: IndicatorQueryDto) {
    return this.reports.indicator(actor, query);
  }

  /** Visitors and procedures per year, month, building, agency or government level; XLSX or CSV with `format`. */
  @Get('attendance')
  @Permission('operations', 'read')
  async attendance(@CurrentActor() actor: Actor, @Query() query: AttendanceQueryDto, @Res({ passthrough: true }) res: Response) {
    const report = await this.reports.attendance(actor, query);
    if (!query.format || query.format === 'json') return report;
    return sendDownload(res, query.format === 'xlsx' ? await attendanceXlsx(report) : attendanceCsv(report));
  }
}
