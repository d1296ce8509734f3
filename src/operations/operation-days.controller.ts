import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateOperationDayDto, ImportQueryDto, UpdateOperationDayDto } from './dto/operation-day.dto';
import { importUpload, type UploadedCsv } from './import/import-upload';
import { OperationImportService } from './import/operation-import.service';
import { ImportErrorsInterceptor } from './import/import-errors.interceptor';
import { OperationDaysService } from './operation-days.service';

@ApiTags('Bitácora de operación')
@ApiBearerAuth()
@Controller('operation-days')
export class OperationDaysController {
  constructor(
    private readonly days: OperationDaysService,
    private readonly imports: OperationImportService,
  ) {}

  @Get()
  @Permission('operations', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'operation-days', await this.days.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('operations', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.days.get(actor, id);
  }

  @Post()
  @Permission('operations', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOperationDayDto) {
    return this.days.create(actor, dto);
  }

  /** A CSV of days (building, date, agency, counts): all rows or none; `dryRun=true` only reports. */
  @Post('import')
  @HttpCode(200)
  @Permission('operations', 'create')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ImportErrorsInterceptor, FileInterceptor('file', importUpload))
  import(@CurrentActor() actor: Actor, @Query() query: ImportQueryDto, @UploadedFile() file: UploadedCsv | undefined) {
    return this.imports.import(actor, file, query.dryRun === 'true');
  }

  @Put(':id')
  @Permission('operations', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateOperationDayDto) {
    return this.days.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('operations', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.days.remove(actor, id);
  }
}
