import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/permission.decorator';
import { PublicSuggestionDto } from './dto/suggestion.dto';
import { SuggestionsService, TooManySuggestions } from './suggestions.service';

/**
 * The public suggestion box. The address (`req.ip`: the peer, or what a proxy named in TRUST_PROXY
 * says) is used only as part of the keyed hash the hourly limit counts by; nothing of the request
 * (address, agent, time of day) is stored, and no cookie is set.
 */
@ApiTags('Público: buzón de sugerencias')
@Controller('public/suggestions')
export class PublicSuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Public()
  @Post()
  async submit(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body() dto: PublicSuggestionDto) {
    try {
      return await this.suggestions.submit(req.ip ?? req.socket.remoteAddress ?? 'desconocida', dto);
    } catch (error) {
      if (error instanceof TooManySuggestions) res.setHeader('Retry-After', String(error.retryAfter));
      throw error;
    }
  }

  @Public()
  @Get(':folio')
  lookup(@Param('folio') folio: string) {
    return this.suggestions.lookup(folio);
  }
}
