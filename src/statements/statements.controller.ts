import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { CONTENT_TYPES, sendDownload } from './download';
import { StatementQueryDto } from './dto/statement.dto';
import { StatementsService } from './statements.service';

@ApiTags('Estados de cuenta')
@ApiBearerAuth()
@Controller('statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @Permission('statements', 'read')
  @ApiProduces('application/json', CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx)
  async get(@CurrentActor() actor: Actor, @Query() q: StatementQueryDto, @Res({ passthrough: true }) res: Response) {
    const statement = await this.statements.get(actor, q);
    if (!q.format || q.format === 'json') return statement;
    return sendDownload(res, await this.statements.export(statement, q.format));
  }
}
