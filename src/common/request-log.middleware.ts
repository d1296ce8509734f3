import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');
const SLOW_MS = 500;

/**
 * One structured line per request: every request at debug level; at the normal level only
 * errors and slow answers, so that logging does not cost the busy paths.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const entry = { method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(ms), user: (req.user as { username?: string } | undefined)?.username };
    if (res.statusCode >= 500) logger.error(entry);
    else if (res.statusCode >= 400 || ms > SLOW_MS) logger.warn(entry);
    else logger.debug(entry);
  });
  next();
}
