import { PayloadTooLargeException } from '@nestjs/common';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import type { Environment } from '../config/environment';

/**
 * Multer in memory with the configured size limit. `preservePath` keeps the name the client sent,
 * so that a name with a path is refused rather than silently trimmed.
 */
export const uploadOptions = (env: Environment, files: number): MulterOptions => ({
  limits: { fileSize: env.UPLOAD_MAX_BYTES, files, fields: 20, parts: files + 20 },
  preservePath: true,
});

export function tooLarge(env: Environment, field: string): PayloadTooLargeException {
  const mb = (env.UPLOAD_MAX_BYTES / 1024 / 1024).toLocaleString('es-MX', { maximumFractionDigits: 2 });
  const message = `El archivo supera el máximo de ${mb} MB`;
  return new PayloadTooLargeException({ statusCode: 413, message, errors: { [field]: message } });
}
