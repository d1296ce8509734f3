import { Module } from '@nestjs/common';
import { BuildingsModule } from '../buildings/buildings.module';
import { FreeSpacesController, SpacesController } from './spaces.controller';
import { SpacesRepository } from './spaces.repository';
import { SpacesService } from './spaces.service';

@Module({ imports: [BuildingsModule], controllers: [SpacesController, FreeSpacesController], providers: [SpacesRepository, SpacesService] })
export class SpacesModule {}
