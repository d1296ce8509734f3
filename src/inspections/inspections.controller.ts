import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { CONTENT_TYPES, sendDownload } from '../statements/download';
import { dispositionName } from '../storage/file-checks';
import { PhotoUploadErrors } from '../storage/upload-errors.interceptor';
import { CreateInspectionDto, PhotoFieldsDto, ResultsBatchDto, SignDto, UpdateInspectionDto } from './dto/inspection.dto';
import { InspectionReportService } from './inspection-report.service';
import { InspectionsService, type UploadedPhoto } from './inspections.service';

@ApiTags('Supervisiones')
@ApiBearerAuth()
@Controller('inspections')
export class InspectionsController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly reports: InspectionReportService,
  ) {}

  @Get()
  @Permission('inspections', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'inspections', await this.inspections.list(actor, parseListParams(query)));
  }

  @Get(':id')
  @Permission('inspections', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.inspections.get(actor, id);
  }

  @Post()
  @Permission('inspections', 'create')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInspectionDto) {
    return this.inspections.create(actor, dto);
  }

  @Put(':id')
  @Permission('inspections', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateInspectionDto) {
    return this.inspections.update(actor, id, dto);
  }

  @Delete(':id')
  @Permission('inspections', 'delete')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.inspections.remove(actor, id);
  }

  @Get(':id/results')
  @Permission('inspections', 'read')
  results(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.inspections.results(actor, id);
  }

  @Put(':id/results')
  @Permission('inspections', 'update')
  saveResults(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ResultsBatchDto) {
    return this.inspections.saveResults(actor, id, dto);
  }

  @Post(':id/photos')
  @Permission('inspections', 'update')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(PhotoUploadErrors, FileInterceptor('file'))
  addPhoto(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() fields: PhotoFieldsDto, @UploadedFile() file: UploadedPhoto | undefined) {
    return this.inspections.addPhoto(actor, id, fields, file);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Permission('inspections', 'update')
  sign(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SignDto) {
    return this.inspections.sign(actor, id, dto);
  }

  @Get(':id/report.pdf')
  @Permission('inspections', 'read')
  @ApiProduces(CONTENT_TYPES.pdf)
  async report(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response) {
    return sendDownload(res, await this.reports.pdf(actor, id));
  }
}

@ApiTags('Supervisiones')
@ApiBearerAuth()
@Controller('inspection-photos')
export class InspectionPhotosController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get(':id')
  @Permission('inspections', 'read')
  async get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { photo, body } = await this.inspections.photo(actor, id);
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('Content-Disposition', `inline; filename="${dispositionName(photo.fileName)}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(body, { type: photo.contentType, length: body.length });
  }

  @Delete(':id')
  @Permission('inspections', 'update')
  remove(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.inspections.removePhoto(actor, id);
  }
}
