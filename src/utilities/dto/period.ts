import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A calendar month, `YYYY-MM`. */
export const PERIOD_PATTERN = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;

export const Period = () =>
  applyDecorators(
    Matches(PERIOD_PATTERN, { message: 'Debe ser un periodo con formato AAAA-MM' }),
    ApiProperty({ example: '2026-03', pattern: PERIOD_PATTERN.source }),
  );

export const UNITS = ['kWh', 'm3'] as const;
export type Unit = (typeof UNITS)[number];
