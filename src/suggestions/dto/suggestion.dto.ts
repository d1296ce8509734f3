import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Code, Integer, Nullable, OneOf, Optional, Period, ReadOnly, Text, Uuid } from '../../common/validation';

export const CATEGORIES = ['suggestion', 'complaint', 'praise', 'question', 'other'] as const;
export const STATUSES = ['new', 'in_review', 'answered', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type SuggestionStatus = (typeof STATUSES)[number];

const SuggestionText = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: 'Debe ser texto' }),
    IsNotEmpty({ message: 'Escriba su comentario' }),
    MinLength(10, { message: 'Escriba al menos 10 caracteres' }),
    MaxLength(2000, { message: 'Admite como máximo 2,000 caracteres' }),
  );

/** What a citizen sends: nothing about who they are. */
export class PublicSuggestionDto {
  @Code(20) buildingCode: string;
  @Nullable() @Uuid() agencyId?: string | null;
  @OneOf(CATEGORIES) category: (typeof CATEGORIES)[number];
  @Integer(1, 5) rating: number;
  @SuggestionText() text: string;
}

/** The back office triages and answers; the citizen's text is never edited. */
export class UpdateSuggestionDto {
  @Optional() @OneOf(STATUSES) status?: SuggestionStatus;
  @Optional() @OneOf(PRIORITIES) priority?: (typeof PRIORITIES)[number];
  @Nullable() @Text(4000) answer?: string | null;
  @ReadOnly() id?: unknown;
  @ReadOnly() folio?: unknown;
  @ReadOnly() buildingId?: unknown;
  @ReadOnly() buildingCode?: unknown;
  @ReadOnly() buildingName?: unknown;
  @ReadOnly() agencyId?: unknown;
  @ReadOnly() agencyAcronym?: unknown;
  @ReadOnly() category?: unknown;
  @ReadOnly() rating?: unknown;
  @ReadOnly() text?: unknown;
  @ReadOnly() answeredOn?: unknown;
  @ReadOnly() answeredBy?: unknown;
  @ReadOnly() answeredByUsername?: unknown;
  @ReadOnly() closedOn?: unknown;
  @ReadOnly() createdOn?: unknown;
}

export const STAT_GROUPS = ['building', 'agency', 'category', 'month'] as const;

export class SuggestionStatsQuery {
  @Optional() @Period() from?: string;
  @Optional() @Period() to?: string;
  @Optional() @OneOf(STAT_GROUPS) groupBy?: (typeof STAT_GROUPS)[number];
  @Optional() @Uuid() buildingId?: string;
}
