import { PartialType } from '@nestjs/swagger';
import { DateOnly, Nullable, OneOf, ReadOnly, Text } from '../../common/validation';

export const DECLARED_KINDS = ['state_holiday', 'non_working', 'working'] as const;
export type DeclaredKind = (typeof DECLARED_KINDS)[number];

/** A day the DGRM declares: a state holiday, another non-working day, or a working override. */
export class CreateCalendarDayDto {
  @DateOnly() date: string;
  @OneOf(DECLARED_KINDS) kind: DeclaredKind;
  @Text(150, { required: true }) name: string;
  @Nullable() @Text(2000) notes?: string | null;
}

export class UpdateCalendarDayDto extends PartialType(CreateCalendarDayDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type CalendarDayWrite = Partial<CreateCalendarDayDto>;
