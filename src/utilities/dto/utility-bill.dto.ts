import { PartialType } from '@nestjs/swagger';
import { DateOnly, Money, Nullable, OneOf, Quantity, ReadOnly, Text, Uuid } from '../../common/validation';
import { Period } from '../../common/validation';
import { UNITS } from './units';

export class CreateUtilityBillDto {
  @Uuid() serviceId: string;
  @Period() period: string;
  @Money() amount: string;
  @Nullable() @Quantity({ decimals: 3, max: 99_999_999_999 }) consumption?: number | null;
  @Nullable() @OneOf(UNITS) unit?: (typeof UNITS)[number] | null;
  @Text(60, { required: true }) invoiceNumber: string;
  @Nullable() @DateOnly() issuedOn?: string | null;
  @Nullable() @DateOnly() dueOn?: string | null;
  @Nullable() @DateOnly() paidOn?: string | null;
  @Nullable() @Text(4000) notes?: string | null;
}

export class UpdateUtilityBillDto extends PartialType(CreateUtilityBillDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() serviceName?: unknown;
  @ReadOnly() serviceKind?: unknown;
  @ReadOnly() periodStatus?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** What the utility_bills table stores: the building comes from the service. */
export type UtilityBillWrite = Partial<Omit<CreateUtilityBillDto, 'consumption'>> & { buildingId?: string; consumption?: number | string | null };
