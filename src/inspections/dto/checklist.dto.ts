import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { Bool, Integer, Nullable, Optional, ReadOnly, Text, Uuid } from '../../common/validation';

export class ChecklistItemDto {
  /** Present for an item that already exists (kept, maybe reworded or moved); absent for a new one. */
  @IsOptional() @Uuid() id?: string;
  @Uuid() articleId: string;
  @Integer(0, 10_000) position: number;
  @Text(1000, { required: true }) question: string;
  @ReadOnly() articleNumber?: unknown;
  @ReadOnly() articleTitle?: unknown;
  @ReadOnly() category?: unknown;
  @ReadOnly() severity?: unknown;
  @ReadOnly() regulationCode?: unknown;
}

export class CreateChecklistDto {
  @Text(150, { required: true }) name: string;
  @Nullable() @Text(4000) description?: string | null;
  @Optional() @Bool() active?: boolean;
  @ApiPropertyOptional({ type: ChecklistItemDto, isArray: true })
  @IsArray({ message: 'Debe ser una lista' })
  @ArrayMinSize(1, { message: 'Agregue al menos un punto a revisar' })
  @ArrayMaxSize(300, { message: 'Admite como máximo 300 puntos' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items: ChecklistItemDto[];
}

export class UpdateChecklistDto extends PartialType(CreateChecklistDto) {
  @ReadOnly() id?: unknown;
  @ReadOnly() itemCount?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}
