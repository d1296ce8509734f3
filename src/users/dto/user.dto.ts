import { OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ROLES, type Role } from '../../auth/permissions';
import { Bool, Email, Nullable, OneOf, ReadOnly, Text, Uuid, UuidList } from '../../common/validation';
import { Length, Matches } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-policy';

const Username = () => Matches(/^[a-z0-9._-]{3,60}$/i, { message: 'Use de 3 a 60 letras, dígitos, punto, guion o guion bajo' });
// Length here; strength, which depends on the username and full name, in UsersService.
const Password = () =>
  Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `La contraseña debe tener entre ${PASSWORD_MIN_LENGTH} y ${PASSWORD_MAX_LENGTH} caracteres` });

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
