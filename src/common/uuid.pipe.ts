import { ParseUUIDPipe } from '@nestjs/common';
import { invalid } from './validation';

/** Validates a record id in the path; a malformed one is a 400 naming the field. */
export const uuidPipe = new ParseUUIDPipe({ version: 'all', exceptionFactory: () => invalid({ id: 'Debe ser un identificador válido' }) });
