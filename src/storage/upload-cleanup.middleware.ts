import { unlink } from 'node:fs/promises';
import type { NextFunction, Request, Response } from 'express';

type Part = { path?: unknown };

/** The files multer left on disk for this request (`req.file`, `req.files` as a list or by field). */
function partsOf(req: Request): Part[] {
  const { file, files } = req as Request & { file?: Part; files?: Part[] | Record<string, Part[]> };
  const parts: Part[] = file ? [file] : [];
  if (Array.isArray(files)) parts.push(...files);
  else if (files) for (const list of Object.values(files)) if (Array.isArray(list)) parts.push(...list);
  return parts;
}

/**
 * An upload that multer writes to disk (the CSV imports stream theirs from a temporary file) lives
 * only as long as its request: when the answer is over, whatever it was — success, a validation
 * error after the upload, a refusal, a failure — its files are removed. Files kept for good go
 * through FileStorage, never through multer's disk storage.
 */
export function removeUploadsWhenDone(req: Request, res: Response, next: NextFunction): void {
  res.once('close', () => {
    for (const part of partsOf(req)) if (typeof part.path === 'string') void unlink(part.path).catch(() => undefined);
  });
  next();
}
