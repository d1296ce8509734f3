import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { DiskStorage, FileStorage } from './file-storage';
import { removeUploadsWhenDone } from './upload-cleanup.middleware';

/**
 * The file storage of photos and evidence: `UPLOAD_DIR`, or `<DATA_DIR>/uploads`; what dead
 * processes left half-done is removed at start. Every request's multer files on disk are removed
 * when its answer is over.
 */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [Environment],
      useFactory: async (env: Environment) => {
        const storage = new DiskStorage(env.UPLOAD_DIR ?? join(env.DATA_DIR, 'uploads'));
        await storage.removeStale();
        return storage;
      },
    },
  ],
  exports: [FileStorage],
})
export class StorageModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(removeUploadsWhenDone).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
