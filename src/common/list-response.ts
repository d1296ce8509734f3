import type { Response } from 'express';
import type { Page } from './list-query';

/** Sends a page the way ra-data-simple-rest reads it: the rows, and their total in Content-Range. */
export function sendPage<T>(res: Response, resource: string, page: Page<T>): T[] {
  const last = page.rows.length ? page.offset + page.rows.length - 1 : page.offset;
  res.setHeader('Content-Range', `${resource} ${page.offset}-${last}/${page.total}`);
  return page.rows;
}
