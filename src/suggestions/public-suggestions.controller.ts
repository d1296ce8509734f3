import { Body, Controller, Get, Header, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/permission.decorator';
import { PublicSuggestionDto } from './dto/suggestion.dto';
import { SuggestionsService } from './suggestions.service';

/**
 * The public suggestion box. The address is used only for the in-memory rate limit; nothing of
 * the request (address, agent, time of day) is stored, and no cookie is set.
 */
@ApiTags('Público: buzón de sugerencias')
@Controller('public/suggestions')
export class PublicSuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Public()
  @Post()
  @Header('Cache-Control', 'no-store')
  submit(@Req() req: Request, @Body() dto: PublicSuggestionDto) {
    return this.suggestions.submit(req.ip ?? 'desconocida', dto);
  }

  @Public()
  @Get(':folio')
  @Header('Cache-Control', 'no-store')
  lookup(@Param('folio') folio: string) {
    return this.suggestions.lookup(folio);
  }
}
