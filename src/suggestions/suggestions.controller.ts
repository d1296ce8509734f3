import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Permission } from '../auth/permission.decorator';
import { type Actor, CurrentActor } from '../common/actor';
import { parseListParams } from '../common/list-query';
import { sendPage } from '../common/list-response';
import { uuidPipe } from '../common/uuid.pipe';
import { SuggestionStatsQuery, UpdateSuggestionDto } from './dto/suggestion.dto';
import { SuggestionsService } from './suggestions.service';

@ApiTags('Buzón de sugerencias')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('suggestions')
  @Permission('suggestions', 'read')
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'suggestions', await this.suggestions.list(actor, parseListParams(query)));
  }

  @Get('suggestions/:id')
  @Permission('suggestions', 'read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.suggestions.get(actor, id);
  }

  @Put('suggestions/:id')
  @Permission('suggestions', 'update')
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateSuggestionDto) {
    return this.suggestions.update(actor, id, dto);
  }

  /** Statistics by CSA, agency, category or month. */
  @Get('reports/suggestions')
  @Permission('suggestions', 'read')
  stats(@CurrentActor() actor: Actor, @Query() query: SuggestionStatsQuery) {
    return this.suggestions.stats(actor, query);
  }
}
