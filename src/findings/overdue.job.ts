import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { flagOverdue } from './findings.repository';

/** Every day at 00:10 in Mexico City, on every instance: the UPDATE makes concurrent runs harmless. */
@Injectable()
export class OverdueFindingsJob {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Cron('10 0 * * *', { timeZone: 'America/Mexico_City' })
  run(): Promise<number> {
    return flagOverdue(this.db);
  }
}
