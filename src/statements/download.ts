import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

export interface Download {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Sends a generated document as an attachment (the file name is ASCII: see fileSafe). */
export function sendDownload(res: Response, file: Download): StreamableFile {
  const disposition = `attachment; filename="${file.fileName}"`;
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', disposition);
  return new StreamableFile(file.body, { type: file.contentType, disposition, length: file.body.length });
}
