import { Body, Controller, ForbiddenException, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { reachOf } from '../auth/permissions';
import { type Actor, CurrentActor } from '../common/actor';
import { reaches } from '../common/scope';
import { today } from '../common/today';
import { uuidPipe } from '../common/uuid.pipe';
import { PoolReader } from '../database/pool-reader';
import { sendDownload } from '../statements/download';
import { FillLogDto, QueueReportQueryDto } from './dto/queue-report.dto';
import { QueueLogJob } from './queue-log';
import { liveBoard, queueReportCsv, queueReportXlsx, QueueReportService } from './queue-report';

@ApiTags('Turnos: indicadores')
@ApiBearerAuth()
@Controller()
export class QueueReportController {
  constructor(
    private readonly reports: QueueReportService,
    private readonly log: QueueLogJob,
    private readonly read: PoolReader,
  ) {}

  /** Issued, served, no-show, cancelled, waits and service times, ratings; XLSX or CSV with `format`. */
  @Get('reports/queue')
  @Permission('queue-reports', 'read')
  async report(@CurrentActor() actor: Actor, @Query() query: QueueReportQueryDto, @Res({ passthrough: true }) res: Response) {
    const report = await this.reports.report(actor, query);
    if (!query.format || query.format === 'json') return report;
    return sendDownload(res, query.format === 'xlsx' ? await queueReportXlsx(report) : queueReportCsv(report));
  }

  /** A building's lines now: waiting, longest wait, counters open. */
  @Get('queue/board')
  @Permission('tickets', 'read')
  board(@CurrentActor() actor: Actor, @Query('buildingId', uuidPipe) buildingId: string) {
    return liveBoard(this.read, actor, buildingId, today());
  }

  /** Fills a day of the operations log from its tickets now (it also fills itself every five minutes). */
  @Post('queue/fill-log')
  @HttpCode(200)
  @Permission('operations', 'create')
  async fillLog(@CurrentActor() actor: Actor, @Body() dto: FillLogDto) {
    if (dto.buildingId && !reaches(actor, { buildingId: dto.buildingId })) throw new ForbiddenException({ statusCode: 403, message: 'El inmueble no está a su cargo' });
    const mine = reachOf(actor.role) === 'everything' ? undefined : actor.buildingIds;
    const buildingIds = dto.buildingId ? [dto.buildingId] : mine;
    return { days: await this.log.fill({ date: dto.date, buildingIds, overwrite: dto.overwrite }) };
  }
}
