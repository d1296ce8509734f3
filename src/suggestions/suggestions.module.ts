import { Module } from '@nestjs/common';
import { PublicSuggestionsController } from './public-suggestions.controller';
import { SuggestionRateLimiter } from './suggestion-rate-limiter';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsRepository } from './suggestions.repository';
import { SuggestionsService } from './suggestions.service';

/** The anonymous digital suggestion box: the public form and folio lookup, and the back office. */
@Module({
  controllers: [PublicSuggestionsController, SuggestionsController],
  providers: [SuggestionsRepository, SuggestionsService, SuggestionRateLimiter],
})
export class SuggestionsModule {}
