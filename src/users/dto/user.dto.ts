import { OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ROLES, type Role } from '../../auth/permissions';
import { Bool, Email, Nullable, OneOf, ReadOnly, Text, Uuid, UuidList } from '../../common/validation';
import { Matches } from 'class-validator';

const Username = () => Matches(/^[a-z0-9._-]{3,60}$/i, { message: 'Use de 3 a 60 letras, dígitos, punto, guion o guion bajo' });
const Password = () => Matches(/^.{10,200}$/s, { message: 'La contraseña debe tener entre 10 y 200 caracteres' });

export class CreateUserDto {
  @Username() username: string;
  @Text(150, { required: true }) fullName: string;
  @Nullable() @Email() email?: string | null;
  @OneOf(ROLES) role: Role;
  @Nullable() @Uuid() agencyId?: string | null;
  @IsOptional() @UuidList(0, 20) buildingIds?: string[];
  @IsOptional() @Bool() active?: boolean;
  @Password() password: string;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['password'] as const)) {
  @Nullable() @Password() password?: string | null;
  @ReadOnly() id?: unknown;
  @ReadOnly() lastLoginAt?: unknown;
  @ReadOnly() createdAt?: unknown;
  @ReadOnly() updatedAt?: unknown;
}
