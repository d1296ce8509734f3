import {
  BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { invalid } from '../../common/validation';

/** Multer's own failures (English) in Spanish, naming the `file` field. */
@Injectable()
export class ImportErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => translate(error))));
  }
}

function translate(error: unknown): unknown {
  const fromUpload = error instanceof Error && error.cause !== undefined;
  if (error instanceof PayloadTooLargeException && fromUpload) {
    return new PayloadTooLargeException({ statusCode: 413, message: 'El archivo supera el máximo de 200 MB', errors: { file: 'El archivo supera el máximo de 200 MB: divídalo por año' } });
  }
  if (error instanceof UnsupportedMediaTypeException && fromUpload) {
    return new UnsupportedMediaTypeException({ statusCode: 415, message: 'Envíe el archivo en un formulario multipart/form-data' });
  }
  if (error instanceof BadRequestException && fromUpload) {
    return invalid({ file: 'Envíe un solo archivo, en el campo «file» de un formulario multipart/form-data' }, 'El archivo no se puede importar');
  }
  return error;
}
