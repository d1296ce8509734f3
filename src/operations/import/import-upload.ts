import { tmpdir } from 'node:os';
import { diskStorage } from 'multer';

/** An uploaded CSV as multer leaves it on disk: never the whole file in memory. */
export interface UploadedCsv {
  originalname: string;
  path: string;
  size: number;
}

/** A million rows take about 45 MB; the limit leaves room for long reasons and quoted fields. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const importUpload = {
  storage: diskStorage({ destination: tmpdir() }),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 },
};
