import { IsOptional } from 'class-validator';
import { Bool, DateOnly, OneOf, Optional, Uuid } from '../../common/validation';

export class QueueReportQueryDto {
  @DateOnly() from: string;
  @DateOnly() to: string;
  @OneOf(['day', 'hour', 'service', 'counter', 'clerk', 'agency', 'building']) groupBy: 'day' | 'hour' | 'service' | 'counter' | 'clerk' | 'agency' | 'building';
  @IsOptional() @Uuid() buildingId?: string;
  @IsOptional() @Uuid() serviceId?: string;
  @Optional() @OneOf(['json', 'csv', 'xlsx']) format?: 'json' | 'csv' | 'xlsx';
}

export class FillLogDto {
  @DateOnly() date: string;
  @IsOptional() @Uuid() buildingId?: string;
  @Optional() @Bool() overwrite?: boolean;
}
