import { NotFoundException } from '@nestjs/common';

/** 404 for a record that does not exist or lies outside the user's scope: both answer the same. */
export function found<T>(record: T | undefined | null, what: string): T {
  if (record === undefined || record === null) throw new NotFoundException({ statusCode: 404, message: `No se encontró ${what}` });
  return record;
}
