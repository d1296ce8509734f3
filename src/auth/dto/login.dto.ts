import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString({ message: 'Debe ser texto' }) @IsNotEmpty({ message: 'Escriba su usuario' }) @MaxLength(60, { message: 'Admite como máximo 60 caracteres' })
  username: string;

  @ApiProperty({ example: 'demo-admin-2026' })
  @IsString({ message: 'Debe ser texto' }) @IsNotEmpty({ message: 'Escriba su contraseña' }) @MaxLength(200, { message: 'Admite como máximo 200 caracteres' })
  password: string;
}
