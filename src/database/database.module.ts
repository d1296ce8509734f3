import { Global, Module } from '@nestjs/common';
import { PoolReader } from './pool-reader';

@Global()
@Module({ providers: [PoolReader], exports: [PoolReader] })
export class DatabaseModule {}
