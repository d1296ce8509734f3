import { IsOptional } from 'class-validator';
import { Bool, DateOnly, OneOf, Optional, Uuid } from '../../common/validation';

export const QUEUE_GROUPS = ['day', 'hour', 'service', 'counter', 'clerk', 'agency', 'building'] as const;
export type QueueGroup = (typeof QUEUE_GROUPS)[number];

export class QueueReportQueryDto {
  @DateOnly() from: string;
  @DateOnly() to: string;
  @OneOf(QUEUE_GROUPS) groupBy: QueueGroup;
  @IsOptional() @Uuid() buildingId?: string;
  @IsOptional() @Uuid() serviceId?: string;
  @Optional() @OneOf(['json', 'csv', 'xlsx']) format?: 'json' | 'csv' | 'xlsx';
}

export class FillLogDto {
  @DateOnly() date: string;
  @IsOptional() @Uuid() buildingId?: string;
  @Optional() @Bool() overwrite?: boolean;
}
