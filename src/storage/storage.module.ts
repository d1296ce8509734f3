import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { DiskStorage, FileStorage } from './file-storage';

/** The file storage of photos and evidence: `UPLOAD_DIR`, or `<DATA_DIR>/uploads`. */
@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [Environment], useFactory: (env: Environment) => new DiskStorage(env.UPLOAD_DIR ?? join(env.DATA_DIR, 'uploads')) }],
  exports: [FileStorage],
})
export class StorageModule {}
