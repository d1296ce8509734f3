import {
  BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { Environment } from '../config/environment';
import { invalid } from '../common/validation';
import { tooLarge } from './upload-options';

/** Answers multer's own failures (English) in Spanish, with the configured limit. Bound outside the file interceptor. */
@Injectable()
export class PhotoUploadErrors implements NestInterceptor {
  constructor(private readonly env: Environment) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.translate(error))));
  }

  private translate(error: unknown): unknown {
    const fromUpload = error instanceof Error && error.cause !== undefined;
    if (error instanceof PayloadTooLargeException && fromUpload) return tooLarge(this.env, 'file');
    if (error instanceof UnsupportedMediaTypeException && fromUpload) {
      return new UnsupportedMediaTypeException({ statusCode: 415, message: 'Envíe el archivo en un formulario multipart/form-data' });
    }
    if (error instanceof BadRequestException && fromUpload) {
      return invalid({ file: 'Envíe los archivos en un formulario multipart/form-data, en los campos indicados' }, 'El archivo no se puede recibir');
    }
    return error;
  }
}
