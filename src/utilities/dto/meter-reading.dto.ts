import { PartialType } from '@nestjs/swagger';
import { DateOnly, ListOf, Nullable, Optional, Quantity, ReadOnly, Text, Uuid } from '../../common/validation';
import { Period } from '../../common/validation';

/** A signed correction of a reading, with up to three decimals. */
const SignedQuantity = () => Quantity({ decimals: 3, min: -99_999_999_999, max: 99_999_999_999 });

export class CreateMeterReadingDto {
  @Uuid() meterId: string;
  @Period() period: string;
  @Quantity({ decimals: 3, max: 99_999_999_999 }) reading: number;
  @Nullable() @DateOnly() readOn?: string | null;
  @Optional() @SignedQuantity() adjustment?: number;
  @Nullable() @Text(2000) adjustmentReason?: string | null;
}

/** On a locked (billed) reading only `adjustment` and `adjustmentReason` may change. */
export class UpdateMeterReadingDto extends PartialType(CreateMeterReadingDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() locked?: unknown;
  @ReadOnly() consumption?: unknown;
  @ReadOnly() previousReading?: unknown;
  @ReadOnly() meterCode?: unknown;
  @ReadOnly() serviceId?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** One meter's reading in a month's sheet. */
export class SheetReadingDto {
  @Uuid() meterId: string;
  @Quantity({ decimals: 3, max: 99_999_999_999 }) reading: number;
}

/** A building's readings of one period, typed in one sheet and saved together or not at all. */
export class ReadingSheetDto {
  @Period() period: string;
  @Nullable() @DateOnly() readOn?: string | null;
  @ListOf(SheetReadingDto, { min: 1 }) readings: SheetReadingDto[];
}

export type MeterReadingWrite = Partial<Omit<CreateMeterReadingDto, 'reading' | 'adjustment'>> & { reading?: number | string; adjustment?: number | string };
