import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { BillImportBody, BillImportQuery } from './dto/bill-import.dto';
import { CreateUtilityBillDto, UpdateUtilityBillDto } from './dto/utility-bill.dto';
import { MAX_FILE_BYTES, type UploadedSheet } from './import/bill-file.reader';
import { BillImportService } from './import/bill-import.service';
import { UploadErrorsInterceptor } from './import/upload-errors.interceptor';
import { UtilityBillsService } from './utility-bills.service';

@ApiTags('Recibos de servicios')
@ApiBearerAuth()
@Controller('utility-bills')
export class UtilityBillsController {
  constructor(
    private readonly bills: UtilityBillsService,
    private readonly imports: BillImportService,
  ) {}

  @Get()
  @Permission('utility-bills', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'utility-bills', await this.bills.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('utility-bills', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.bills.get(actor, id);
  }

  @Post()
  @Permission('utility-bills', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUtilityBillDto) {
    return this.bills.create(actor, dto);
  }

  /** A CSV or XLSX of bills: all rows or none; `dryRun=true` only reports. */
  @Post('import')
  @HttpCode(200)
  @Permission('utility-bills', 'create')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: BillImportBody })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } }))
  import(@CurrentActor() actor: Actor, @Query() query: BillImportQuery, @UploadedFile() file: UploadedSheet | undefined) {
    return this.imports.import(actor, file, query.dryRun === 'true');
  }

  @Put(':id')
  @Permission('utility-bills', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateUtilityBillDto) {
    return this.bills.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('utility-bills', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.bills.remove(actor, id);
  }
}
