import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor';
import { PoolReader } from '../database/pool-reader';
import type { MonthSpan } from '../common/periods';
import type { SavingsGroup } from './dto/savings.dto';
import { savingsQuery, type SavingsRowSql } from './savings.query';

@Injectable()
export class SavingsRepository {
  constructor(private readonly read: PoolReader) {}

  /** The report's rows and, last, its totals row (see savings.query.ts). */
  rows(actor: Actor, span: MonthSpan, groupBy: SavingsGroup): Promise<SavingsRowSql[]> {
    const { text, values } = savingsQuery(actor, span, groupBy);
    return this.read.query<SavingsRowSql[]>(text, values);
  }
}
