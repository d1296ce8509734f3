import { Type } from 'class-transformer';
import { GOVERNMENT_LEVELS_FOR_REPORTS } from '../report-labels';
import { Integer, OneOf, Optional, Period, Uuid } from '../../common/validation';

export class IndicatorQueryDto {
  @Type(() => Number) @Integer(2000, 2199) year: number;
  @Optional() @Uuid() buildingId?: string;
}

export const ATTENDANCE_GROUPS = ['year', 'month', 'building', 'agency', 'level'] as const;
export type AttendanceGroup = (typeof ATTENDANCE_GROUPS)[number];

export class AttendanceQueryDto {
  @Optional() @Period() from?: string;
  @Optional() @Period() to?: string;
  @Optional() @OneOf(ATTENDANCE_GROUPS) groupBy?: AttendanceGroup;
  @Optional() @Uuid() buildingId?: string;
  @Optional() @Uuid() agencyId?: string;
  @Optional() @OneOf(GOVERNMENT_LEVELS_FOR_REPORTS) level?: string;
  @Optional() @OneOf(['json', 'xlsx', 'csv']) format?: 'json' | 'xlsx' | 'csv';
}
