import { OmitType, PartialType } from '@nestjs/swagger';
import { Bool, DateOnly, Nullable, OneOf, Optional, ReadOnly, Text, Uuid } from '../../common/validation';
import { Matches } from 'class-validator';

export const ARTICLE_CATEGORIES = ['spaces_use', 'image_signage', 'hours', 'security', 'cleanliness', 'user_attention', 'shared_services'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Weight of each severity in scores and in the draw's risk. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export class CreateArticleDto {
  @Uuid() regulationId: string;
  @Text(20, { required: true })
  @Matches(/^[0-9A-Za-z][0-9A-Za-z .°º-]*$/, { message: 'Escriba el número del artículo, por ejemplo 12 o 12 bis' })
  number: string;
  @Text(300, { required: true }) title: string;
  @Optional() @Text(20000) text?: string;
  @OneOf(ARTICLE_CATEGORIES) category: (typeof ARTICLE_CATEGORIES)[number];
  @OneOf(SEVERITIES) severity: Severity;
  @Nullable() @DateOnly() inForceFrom?: string | null;
  @Nullable() @DateOnly() inForceTo?: string | null;
  @Optional() @Bool() illustrative?: boolean;
}

/** An article stays in its instrument: a new instrument brings its own articles. */
export class UpdateArticleDto extends PartialType(OmitType(CreateArticleDto, ['regulationId'] as const)) {
  @ReadOnly() id?: unknown;
  @ReadOnly() regulationId?: unknown;
  @ReadOnly() regulationCode?: unknown;
  @ReadOnly() inForce?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}

export type ArticleWrite = CreateArticleDto;
