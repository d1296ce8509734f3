import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Bool, Nullable, Period, Text, Uuid } from '../../common/validation';


export class RunAllocationDto {
  @ApiProperty({ example: '2026-10' }) @Period() period: string;
  /** Recompute every month from `period` through this one (the answer is then a list of runs). */
  @ApiPropertyOptional({ example: '2026-10' }) @IsOptional() @Period() through?: string;
  @ApiPropertyOptional() @IsOptional() @Uuid() buildingId?: string;
  /** Compute and answer the run, its warnings and totals, without keeping anything. */
  @ApiPropertyOptional() @IsOptional() @Bool() dryRun?: boolean;
}

export class MatrixQuery {
  @ApiProperty({ example: '2026-10' }) @Period() period: string;
  @ApiProperty() @Uuid() buildingId: string;
}

export class CreateAdjustmentDto {
  @ApiProperty({ example: '2026-11' }) @Period() period: string;
  @ApiProperty({ example: '2026-09' }) @Period() correctsPeriod: string;
  @Uuid() buildingId: string;
  @Nullable() @Uuid() serviceId?: string | null;
  @Nullable() @Uuid() agencyId?: string | null;
  /** Signed: a refund is negative. */
  @ApiProperty({ example: '-150.25' })
  @Matches(/^-?\d{1,12}(\.\d{1,2})?$/, { message: 'Debe ser un importe con signo y hasta dos decimales' })
  amount: string;
  @Text(2000, { required: true }) reason: string;
}

