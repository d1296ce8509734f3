import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { dispositionName } from '../storage/file-checks';
import { PhotoUploadErrors } from '../storage/upload-errors.interceptor';
import { AnswerDto, CommentDto, UpdateFindingDto, VerifyDto, WaiveDto } from './dto/finding.dto';
import { FindingsService, type UploadedEvidence } from './findings.service';

@ApiTags('Hallazgos')
@ApiBearerAuth()
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Get()
  @Permission('findings', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'findings', await this.findings.list(actor, parseListParams(query)));
  }

  @Post('flag-overdue')
  @HttpCode(200)
  @Permission('findings', 'update')
  flagOverdue(@CurrentActor() actor: Actor) {
    return this.findings.flagOverdue(actor);
  }

  @Get(':id')
  @Permission('findings', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.findings.get(actor, id);
  }

  @Put(':id')
  @Permission('findings', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateFindingDto) {
    return this.findings.update(actor, id, dto);
  }

  @Get(':id/events')
  @Permission('findings', 'read')
  events(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.findings.events(actor, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Permission('findings', 'update')
  start(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.findings.start(actor, id);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Permission('findings', 'update')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(PhotoUploadErrors, FilesInterceptor('files', 5))
  answer(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AnswerDto, @UploadedFiles() files: UploadedEvidence[] | undefined) {
    return this.findings.answer(actor, id, dto, files ?? []);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Permission('findings', 'update')
  verify(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: VerifyDto) {
    return this.findings.verify(actor, id, dto);
  }

  @Post(':id/waive')
  @HttpCode(200)
  @Permission('findings', 'update')
  waive(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: WaiveDto) {
    return this.findings.waive(actor, id, dto);
  }

  @Post(':id/comments')
  @HttpCode(200)
  @Permission('findings', 'update')
  comment(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CommentDto) {
    return this.findings.comment(actor, id, dto);
  }
}

@ApiTags('Hallazgos')
@ApiBearerAuth()
@Controller('finding-files')
export class FindingFilesController {
  constructor(private readonly findings: FindingsService) {}

  @Get(':id')
  @Permission('findings', 'read')
  async get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { file, body } = await this.findings.file(actor, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `${file.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename="${dispositionName(file.fileName)}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(body, { type: file.contentType, length: body.length });
  }
}
