import { IsIn, IsOptional } from 'class-validator';
import { OneOf, Period, Uuid } from '../../common/validation';

export class ScorecardQueryDto {
  @Period() from: string;
  @Period() to: string;
  @OneOf(['agency', 'building']) groupBy: 'agency' | 'building';
  @IsOptional() @Uuid() buildingId?: string;
  @IsOptional() @Uuid() agencyId?: string;
  @IsOptional() @IsIn(['json', 'xlsx'], { message: 'Debe ser uno de: json, xlsx' }) format?: 'json' | 'xlsx';
}

export interface ScorecardRow {
  key: string;
  code: string;
  name: string;
  level?: string;
  itemsChecked: number;
  compliant: number;
  failed: number;
  notApplicable: number;
  score: number | null;
  openActions: number;
  overdueActions: number;
  rank: number;
  trend: { period: string; score: number | null }[];
}

export interface Scorecards {
  from: string;
  to: string;
  groupBy: 'agency' | 'building';
  rows: ScorecardRow[];
  totals: Omit<ScorecardRow, 'key' | 'code' | 'name' | 'rank' | 'level'>;
}
