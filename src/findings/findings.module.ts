import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { Environment } from '../config/environment';
import { uploadOptions } from '../storage/upload-options';
import { FindingFilesController, FindingsController } from './findings.controller';
import { FindingsRepository } from './findings.repository';
import { FindingsService } from './findings.service';
import { OverdueFindingsJob } from './overdue.job';

/** Findings and corrective actions: timeline, the liaison's answer with evidence, verification, waiver, overdue flags. */
@Module({
  imports: [MulterModule.registerAsync({ inject: [Environment], useFactory: (env: Environment) => uploadOptions(env, 5) })],
  controllers: [FindingsController, FindingFilesController],
  providers: [FindingsRepository, FindingsService, OverdueFindingsJob],
})
export class FindingsModule {}
