import { type ArgumentMetadata, applyDecorators, BadRequestException, type ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { findHostileArgument, hostileError } from './hostile-input';
import {
  Allow, ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString,
  IsArray, IsUUID, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested,
} from 'class-validator';

/** Composable field decorators with Spanish messages; every DTO is built from these. */

/** A nested list of `item`s, each validated (a list sent to replace the stored one: `[]` clears it). */
export const ListOf = (item: new () => object, { min = 0, max = 500 }: { min?: number; max?: number } = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: item, isArray: true }),
    IsArray({ message: 'Debe ser una lista' }),
    ArrayMinSize(min, { message: `Indique al menos ${min} elemento${min === 1 ? '' : 's'}` }),
    ArrayMaxSize(max, { message: `Admite como máximo ${max} elementos` }),
    ValidateNested({ each: true }),
    Type(() => item),
  );

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const Optional = () => applyDecorators(IsOptional(), ApiPropertyOptional());
/** Optional, and `null` clears the value. */
export const Nullable = () => applyDecorators(ValidateIf((_, v) => v !== null && v !== undefined), ApiPropertyOptional({ nullable: true }));

export const Text = (max: number, opts: { required?: boolean } = {}) =>
  applyDecorators(
    trim,
    IsString({ message: 'Debe ser texto' }),
    ...(opts.required ? [IsNotEmpty({ message: 'Es obligatorio' }), ApiProperty({ maxLength: max })] : []),
    MaxLength(max, { message: `Admite como máximo ${max} caracteres` }),
  );

export const Code = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    IsString({ message: 'Debe ser texto' }),
    Matches(/^[A-Z0-9][A-Z0-9._-]*$/, { message: 'Use letras, dígitos, punto, guion o guion bajo, sin espacios' }),
    MaxLength(max, { message: `Admite como máximo ${max} caracteres` }),
  );

export const Uuid = () => IsUUID('all', { message: 'Debe ser un identificador válido' });
export const UuidList = (min = 0, max = 200) =>
  applyDecorators(
    IsUUID('all', { each: true, message: 'Cada elemento debe ser un identificador válido' }),
    ArrayMinSize(min, { message: min === 1 ? 'Seleccione al menos uno' : `Seleccione al menos ${min}` }),
    ArrayMaxSize(max, { message: `Seleccione como máximo ${max}` }),
    ArrayUnique({ message: 'No repita elementos' }),
  );

export const OneOf = (values: readonly string[]) =>
  applyDecorators(IsIn(values, { message: `Debe ser uno de: ${values.join(', ')}` }), ApiProperty({ enum: values }));

export const Bool = () => IsBoolean({ message: 'Debe ser verdadero o falso' });

export const Integer = (min: number, max = 2_147_483_647) =>
  applyDecorators(
    IsInt({ message: 'Debe ser un número entero' }),
    Min(min, { message: `Debe ser mayor o igual que ${min}` }),
    Max(max, { message: `Debe ser menor o igual que ${max}` }),
  );

/**
 * Decimal places of a finite number as JavaScript writes it, exponent notation included (`1e-7` has
 * seven; class-validator's own `maxDecimalPlaces` throws on it).
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * A quantity with up to `decimals` decimals, received as a JSON number, between `min` (0 unless
 * told; 0.01 when `positive`) and `max`: the bounds keep PostgreSQL's numeric columns from
 * overflowing and divisors away from zero.
 */
export const Quantity = (opts: { min?: number; positive?: boolean; max?: number; decimals?: number } = {}) => {
  const decimals = opts.decimals ?? 2;
  return applyDecorators(
    ValidateBy({
      name: 'isQuantity',
      validator: {
        validate: (v) => typeof v === 'number' && Number.isFinite(v) && decimalPlaces(v) <= decimals,
        defaultMessage: () => `Debe ser un número con hasta ${decimals} decimales`,
      },
    }),
    ...(opts.positive ? [Min(0.01, { message: 'Debe ser mayor que cero' })] : [Min(opts.min ?? 0, { message: `Debe ser mayor o igual que ${opts.min ?? 0}` })]),
    Max(opts.max ?? 9_999_999_999, { message: `Debe ser menor o igual que ${opts.max ?? 9_999_999_999}` }),
  );
};

/**
 * Money in MXN: a decimal string or number with at most two decimals, kept as an exact string, with
 * at most `digits` integer digits (the column's precision minus its two decimals).
 */
export const Money = (opts: { digits?: number } = {}) =>
  applyDecorators(
    // A JSON number is checked as written: 10.005 is refused, never rounded.
    Transform(({ value }) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value)),
    Matches(new RegExp(`^\\d{1,${opts.digits ?? 12}}(\\.\\d{1,2})?$`), {
      message: `Debe ser un importe en pesos, no negativo, con hasta ${opts.digits ?? 12} cifras enteras y dos decimales`,
    }),
  );

function isRealDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const DateOnly = () =>
  ValidateBy({
    name: 'isDateOnly',
    validator: { validate: (v) => isValidDate(v), defaultMessage: () => 'Debe ser una fecha válida con formato AAAA-MM-DD' },
  });

/** A field react-admin sends back with the record; accepted and ignored on writes. */
export const ReadOnly = () => applyDecorators(Allow(), ApiHideProperty());

/** A calendar month, `YYYY-MM`: how periods are named everywhere in the API. */
export const PERIOD_PATTERN = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;
export const Period = () =>
  applyDecorators(
    Matches(PERIOD_PATTERN, { message: 'Debe ser un periodo con formato AAAA-MM' }),
    ApiProperty({ example: '2026-03', pattern: PERIOD_PATTERN.source }),
  );

export const Time = () => Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Debe ser una hora con formato HH:MM' });
export const Email = () => IsEmail({}, { message: 'Debe ser un correo electrónico válido' });
export const Rfc = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/, { message: 'Debe ser un RFC válido (12 o 13 caracteres)' }),
  );

export function isValidDate(value: unknown): value is string {
  return typeof value === 'string' && /^(19|20|21)\d\d-\d\d-\d\d$/.test(value) && isRealDate(value);
}

/** `{ field: message }` from class-validator's tree, with nested paths joined by dots. */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix + error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([name, message]) =>
        name === 'whitelistValidation' ? 'Campo no permitido' : message,
      );
      out[path] = messages[0];
    }
    Object.assign(out, fieldErrors(error.children ?? [], `${path}.`));
  }
  return out;
}

export function invalid(errors: Record<string, string>, message = 'Hay datos por corregir'): BadRequestException {
  return new BadRequestException({ statusCode: 400, message, errors });
}

/**
 * The global pipe: first refuses what the database cannot store (a NUL character) or what would
 * overflow the validators' recursion, in path parameters, multipart fields and file names (the body
 * and query string were checked before routing), then validates against the DTO.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const hostile = findHostileArgument(value, metadata.type, metadata.data);
    if (hostile) throw hostileError(hostile);
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalid(fieldErrors(errors)),
  });
}
