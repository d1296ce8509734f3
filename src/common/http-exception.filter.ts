import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { CONSTRAINT_MESSAGES, DATA_EXCEPTIONS, pgErrorOf } from './database-errors';
import { own } from './list-query';

/**
 * The one place where errors become HTTP answers: Nest's HTTP exceptions pass through with a
 * Spanish message, database constraint violations become 400/409, and values the database refuses
 * (SQLSTATE class 22, data exceptions) become 400, instead of 500.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.answer(error);
    if (status >= 500) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    response.status(status).json(body);
  }

  private answer(error: unknown): { status: number; body: Record<string, unknown> } {
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const raw = error.getResponse();
      const body: Record<string, unknown> = typeof raw === 'string' ? { message: raw } : { ...(raw as Record<string, unknown>) };
      delete body.error;
      return { status, body: { statusCode: status, ...body, message: spanish(status, body.message) } };
    }
    const pg = pgErrorOf(error);
    if (pg) {
      const known = pg.constraint ? own(CONSTRAINT_MESSAGES, pg.constraint) : undefined;
      const errors = known?.field ? { [known.field]: known.message } : undefined;
      const referenced = pg.code === '23503' && pg.detail?.includes('is still referenced');
      if (known?.status && !referenced) return known.status === 409 ? conflict(known.message, errors) : bad(known.message, errors);
      switch (pg.code) {
        case '23505':
          return conflict(known?.message ?? 'Ya existe un registro con esos datos', errors);
        case '23P01':
          return conflict('El espacio ya está asignado en otro convenio vigente en esas fechas');
        case '23503':
          if (referenced) {
            return conflict('No se puede eliminar: otros registros dependen de éste. Desactívelo en su lugar.');
          }
          return bad(known?.message ?? 'Un registro relacionado no existe', errors ?? (pg.column ? { [pg.column]: 'No existe' } : undefined));
        case '23514':
        case '23502':
          return bad(known?.message ?? 'Un dato no cumple las reglas del registro', errors);
      }
      const dataError = own(DATA_EXCEPTIONS, pg.code);
      if (dataError) {
        // A value the DTOs let through and the database refused: the client's mistake, and a bound missing.
        this.logger.warn(`Valor rechazado por PostgreSQL (${pg.code}): ${(error as Error)?.message ?? ''}`);
        return bad(dataError, pg.column ? { [pg.column]: dataError } : undefined);
      }
    }
    const parseError = error as { type?: string; status?: number };
    if (parseError?.type === 'entity.parse.failed') return bad('El cuerpo de la petición no es JSON válido');
    if (parseError?.type === 'entity.too.large') return { status: 413, body: { statusCode: 413, message: 'La petición es demasiado grande' } };
    return { status: 500, body: { statusCode: 500, message: 'Ocurrió un error inesperado. Intente de nuevo; si persiste, avise al área de sistemas.' } };
  }
}

const conflict = (message: string, errors?: Record<string, string>) => ({ status: 409, body: { statusCode: 409, message, ...(errors ? { errors } : {}) } });
const bad = (message: string, errors?: Record<string, string>) => ({ status: 400, body: { statusCode: 400, message, ...(errors ? { errors } : {}) } });

const DEFAULT_MESSAGES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Hay datos por corregir',
  [HttpStatus.UNAUTHORIZED]: 'Inicie sesión para continuar',
  [HttpStatus.FORBIDDEN]: 'Su perfil no permite esta operación',
  [HttpStatus.NOT_FOUND]: 'No se encontró el recurso solicitado',
  [HttpStatus.CONFLICT]: 'La operación entra en conflicto con otros registros',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Demasiados intentos. Espere unos minutos e intente de nuevo.',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'La petición es demasiado grande',
};

/** Keeps a Spanish message given by the code; replaces Nest's English defaults. */
function spanish(status: number, message: unknown): string {
  if (typeof message === 'string' && !/^(Cannot |Unauthorized|Forbidden|Not Found|Bad Request|Conflict|ThrottlerException|Too Many|Forbidden resource|Internal)/.test(message)) {
    return message;
  }
  return DEFAULT_MESSAGES[status] ?? 'No se pudo completar la operación';
}
