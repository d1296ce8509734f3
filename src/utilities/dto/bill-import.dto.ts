import { ApiProperty } from '@nestjs/swagger';
import { OneOf, Optional } from '../../common/validation';

export class BillImportQuery {
  /** `true`: validate and count, write nothing. */
  @Optional() @OneOf(['true', 'false']) dryRun?: 'true' | 'false';
}

/** The multipart body, for the OpenAPI page. */
export class BillImportBody {
  @ApiProperty({ type: 'string', format: 'binary', description: '.csv o .xlsx (máximo 5 MB) con las columnas inmueble, servicio, periodo, importe, consumo, unidad, factura, emision, vencimiento, pago' })
  file: unknown;
}
