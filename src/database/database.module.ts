import { Global, Module } from '@nestjs/common';
import { LongStatements } from './long-statements';
import { PoolReader } from './pool-reader';

@Global()
@Module({ providers: [PoolReader, LongStatements], exports: [PoolReader, LongStatements] })
export class DatabaseModule {}
