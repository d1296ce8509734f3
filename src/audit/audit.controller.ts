import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { found } from '../common/not-found';
import { AuditService } from './audit.service';

@ApiTags('Bitácora')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Permission('audit-events', 'read')
  async list(@Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'audit-events', await this.audit.list(parseListParams(query)));
  }

  @Get(':id')
  @Permission('audit-events', 'read')
  async one(@Param('id') id: string) {
    return found(await this.audit.findOne(id), 'el evento de bitácora');
  }
}
