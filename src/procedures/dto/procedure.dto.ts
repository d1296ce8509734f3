import { PartialType } from '@nestjs/swagger';
import { Bool, Nullable, Optional, ReadOnly, Text, Uuid } from '../../common/validation';

/** A procedure (trámite o servicio) an agency offers to citizens. */
export class CreateProcedureDto {
  @Uuid() agencyId: string;
  @Text(200, { required: true }) name: string;
  @Nullable() @Text(2000) description?: string | null;
  @Nullable() @Text(4000) requirements?: string | null;
  @Nullable() @Text(500) keywords?: string | null;
  @Optional() @Bool() active?: boolean;
}

export class UpdateProcedureDto extends PartialType(CreateProcedureDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() agencyName?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type ProcedureWrite = Partial<CreateProcedureDto>;
