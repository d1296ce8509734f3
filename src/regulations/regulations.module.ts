import { Module } from '@nestjs/common';
import { ArticlesController, RegulationsController } from './regulations.controller';
import { RegulationsRepository } from './regulations.repository';
import { RegulationsService } from './regulations.service';

/** The Reglamento Interno and the instruments before it: versioned by vigencia, with their articles. */
@Module({ controllers: [RegulationsController, ArticlesController], providers: [RegulationsRepository, RegulationsService] })
export class RegulationsModule {}
