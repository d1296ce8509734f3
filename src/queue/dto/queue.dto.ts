import { applyDecorators } from '@nestjs/common';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { Bool, Integer, Nullable, OneOf, Optional, ReadOnly, Text, Time, Uuid, UuidList } from '../../common/validation';

export const TICKET_CATEGORIES = ['general', 'preferential'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export const VISIT_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'transferred'] as const;
export const OUTCOMES = ['served', 'not_completed', 'referred'] as const;

const Prefix = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-Z]{1,4}$/, { message: 'Use de 1 a 4 letras, p. ej. IF' }),
  );

/** A line at the windows: an agency's service in a building. */
export class CreateQueueServiceDto {
  @Uuid() buildingId: string;
  @Uuid() agencyId: string;
  @Text(150, { required: true }) name: string;
  @ApiProperty({ example: 'IF' }) @Prefix() prefix: string;
  @IsOptional() @UuidList(0, 200) procedureIds?: string[];
  @Optional() @Integer(1, 9999) dailyCap?: number;
  @Nullable() @Time() opensAt?: string | null;
  @Nullable() @Time() closesAt?: string | null;
  @Optional() @Integer(1, 600) targetWaitMinutes?: number;
  @Optional() @Bool() active?: boolean;
}

export class UpdateQueueServiceDto extends PartialType(CreateQueueServiceDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() agencyName?: unknown;
  @ReadOnly() waiting?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

/** A window (ventanilla, módulo): a space its agency holds, serving services in this order. */
export class CreateCounterDto {
  @Uuid() buildingId: string;
  @Uuid() spaceId: string;
  @Text(60, { required: true }) label: string;
  @UuidList(1, 20) serviceIds: string[];
  @Optional() @Bool() active?: boolean;
}

export class UpdateCounterDto extends PartialType(CreateCounterDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() agencyId?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() spaceCode?: unknown;
  @ReadOnly() clerkId?: unknown;
  @ReadOnly() clerkName?: unknown;
  @ReadOnly() signedInAt?: unknown;
  @ReadOnly() pausedReason?: unknown;
  @ReadOnly() pausedAt?: unknown;
  @ReadOnly() currentTicketId?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export class PauseCounterDto {
  @Text(200, { required: true }) reason: string;
}

export class IssueTicketDto {
  @Uuid() buildingId: string;
  @Uuid() serviceId: string;
  @OneOf(TICKET_CATEGORIES) category: TicketCategory;
  @Nullable() @Uuid() procedureId?: string | null;
  /** One visit, two agencies: where the ticket queues next once this service is done. */
  @Nullable() @Uuid() nextServiceId?: string | null;
}

export class FinishTicketDto {
  @OneOf(OUTCOMES) outcome: (typeof OUTCOMES)[number];
}

export class TransferTicketDto {
  @Uuid() serviceId: string;
  @Nullable() @Text(200) reason?: string | null;
}

/** The reception calls a chosen ticket to a counter, saying why (audited). */
export class CallTicketDto {
  @Uuid() ticketId: string;
  @Text(200, { required: true }) reason: string;
}

export class RateTicketDto {
  @Integer(1, 5) rating: number;
  @Nullable() @Text(1000) comment?: string | null;
}
