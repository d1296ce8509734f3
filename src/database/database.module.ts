import { Global, Module } from '@nestjs/common';
import { LongStatements } from './long-statements';
import { PoolReader } from './pool-reader';
import { PoolTransactions } from './pool-transactions';
import { PreparedStatements } from './prepared-statements';

@Global()
@Module({
  providers: [PreparedStatements, PoolReader, PoolTransactions, LongStatements],
  exports: [PoolReader, PoolTransactions, LongStatements],
})
export class DatabaseModule {}
