import { PartialType } from '@nestjs/swagger';
import { Bool, Email, Nullable, OneOf, Optional, Quantity, ReadOnly, Rfc, Text, Uuid } from '../../common/validation';

export const GOVERNMENT_LEVELS = ['municipal', 'state', 'federal', 'auxiliary', 'autonomous', 'private'] as const;

export class CreateAgencyDto {
  @Text(250, { required: true }) name: string;
  @Text(30, { required: true }) acronym: string;
  @OneOf(GOVERNMENT_LEVELS) level: (typeof GOVERNMENT_LEVELS)[number];
  @Nullable() @Uuid() parentId?: string | null;
  @Nullable() @Text(150) liaisonName?: string | null;
  @Nullable() @Email() liaisonEmail?: string | null;
  @Nullable() @Text(40) liaisonPhone?: string | null;
  @Nullable() @Rfc() rfc?: string | null;
  @Nullable() @Quantity({ positive: true, max: 1000 }) maxM2PerPerson?: number | null;
  @Optional() @Bool() active?: boolean;
  @Nullable() @Text(4000) notes?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() activeAgreements?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}
