import { Module } from '@nestjs/common';
import { AgenciesController } from './agencies.controller';
import { AgenciesRepository } from './agencies.repository';
import { AgenciesService } from './agencies.service';

@Module({ controllers: [AgenciesController], providers: [AgenciesRepository, AgenciesService], exports: [AgenciesService] })
export class AgenciesModule {}
