import { plainToInstance, Transform } from 'class-transformer';
import { passwordProblem } from '../auth/password-policy';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => {
  const text = String(value ?? '').toLowerCase();
  if (text === '') return undefined;
  if (['1', 'true', 'yes', 'si', 'sí'].includes(text)) return true;
  if (['0', 'false', 'no'].includes(text)) return false;
  return value;
};

/** Every environment variable the process reads. The process refuses to start when one is wrong. */
export class Environment {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: 'PORT debe ser un número entero' }) @Min(0, { message: 'PORT va de 0 a 65535' }) @Max(65535, { message: 'PORT va de 0 a 65535' })
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL debe tener la forma postgres://usuario:contraseña@servidor:puerto/base' })
  DATABASE_URL?: string;

  /** The schema's owner, for migrations (and demo data); the API serves as DATABASE_URL's role, which owns nothing. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_OWNER_URL debe tener la forma postgres://usuario:contraseña@servidor:puerto/base' })
  DATABASE_OWNER_URL?: string;

  /** Serve requests as a superuser or as the schema's owner (refused unless set: least privilege). */
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'ALLOW_PRIVILEGED_DATABASE_ROLE debe ser true o false' })
  ALLOW_PRIVILEGED_DATABASE_ROLE?: boolean;

  @Transform(({ value }) => (value === undefined || value === '' ? 15_000 : Number(value)))
  @IsInt({ message: 'DB_STATEMENT_TIMEOUT_MS debe ser un número entero de milisegundos' })
  @Min(100, { message: 'DB_STATEMENT_TIMEOUT_MS va de 100 a 3600000' }) @Max(3_600_000, { message: 'DB_STATEMENT_TIMEOUT_MS va de 100 a 3600000' })
  DB_STATEMENT_TIMEOUT_MS = 15_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 900_000 : Number(value)))
  @IsInt({ message: 'DB_LONG_STATEMENT_TIMEOUT_MS debe ser un número entero de milisegundos' })
  @Min(1000, { message: 'DB_LONG_STATEMENT_TIMEOUT_MS va de 1000 a 86400000' }) @Max(86_400_000, { message: 'DB_LONG_STATEMENT_TIMEOUT_MS va de 1000 a 86400000' })
  DB_LONG_STATEMENT_TIMEOUT_MS = 900_000;

  @IsString({ message: 'DATA_DIR debe ser una ruta' }) @MinLength(1, { message: 'DATA_DIR no puede estar vacío' })
  DATA_DIR = './data';

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt({ message: 'DB_POOL_SIZE debe ser un número entero' }) @Min(1, { message: 'DB_POOL_SIZE va de 1 a 200' }) @Max(200, { message: 'DB_POOL_SIZE va de 1 a 200' })
  DB_POOL_SIZE = 10;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET debe tener al menos 32 caracteres' })
  JWT_SECRET?: string;

  @IsString() @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN debe ser una duración como 30m, 8h o 1d' })
  JWT_EXPIRES_IN = '30m';

  @IsOptional() @IsString() @Matches(/^[a-z0-9._-]{3,60}$/i, { message: 'ADMIN_USERNAME admite 3 a 60 letras, dígitos, punto, guion y guion bajo' })
  ADMIN_USERNAME?: string;

  @IsOptional() @IsString()
  ADMIN_PASSWORD?: string;

  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'DEMO_DATA debe ser true o false' })
  DEMO_DATA?: boolean;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt({ message: 'LOGIN_MAX_ATTEMPTS debe ser un número entero' }) @Min(1, { message: 'LOGIN_MAX_ATTEMPTS va de 1 a 1000' }) @Max(1000, { message: 'LOGIN_MAX_ATTEMPTS va de 1 a 1000' })
  LOGIN_MAX_ATTEMPTS = 10;

  @Transform(({ value }) => (value === undefined || value === '' ? 5 : Number(value)))
  @IsInt({ message: 'SUGGESTIONS_PER_HOUR debe ser un número entero' }) @Min(1, { message: 'SUGGESTIONS_PER_HOUR va de 1 a 10000' }) @Max(10000, { message: 'SUGGESTIONS_PER_HOUR va de 1 a 10000' })
  SUGGESTIONS_PER_HOUR = 5;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 * 1024 * 1024 : Number(value)))
  @IsInt({ message: 'UPLOAD_MAX_BYTES debe ser un número entero de bytes' }) @Min(1024, { message: 'UPLOAD_MAX_BYTES va de 1024 a 104857600 (100 MB)' }) @Max(104_857_600, { message: 'UPLOAD_MAX_BYTES va de 1024 a 104857600 (100 MB)' })
  UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

  /** Where photos and evidence files are kept; default `<DATA_DIR>/uploads`. */
  @IsOptional() @IsString({ message: 'UPLOAD_DIR debe ser una ruta' }) @MinLength(1, { message: 'UPLOAD_DIR no puede estar vacío' })
  UPLOAD_DIR?: string;

  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, or loopback/linklocal/uniquelocal); none by default. */
  @IsOptional()
  @Matches(/^\s*(loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?))*\s*$/i, {
    message: 'TRUST_PROXY debe ser una lista separada por comas de direcciones, redes CIDR o loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY?: string;

  /** TRUST_PROXY as Express's `trust proxy` setting: false (believe no proxy) when unset. */
  get trustedProxies(): string[] | false {
    return this.TRUST_PROXY ? this.TRUST_PROXY.split(',').map((p) => p.trim()) : false;
  }

  @IsOptional() @IsString({ message: 'CORS_ORIGIN debe ser una lista de orígenes separados por comas' })
  CORS_ORIGIN?: string;

  @IsIn(['log', 'warn', 'error', 'debug', 'verbose'], { message: 'LOG_LEVEL debe ser error, warn, log, debug o verbose' })
  LOG_LEVEL: 'log' | 'warn' | 'error' | 'debug' | 'verbose' = 'log';

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }
}

export class InvalidEnvironmentError extends Error {}

export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const known = Object.keys(new Environment());
  const values = Object.fromEntries(known.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
  const env = plainToInstance(Environment, values, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (!env.embedded && !env.JWT_SECRET) {
    throw new InvalidEnvironmentError('Configuración inválida: JWT_SECRET es obligatorio cuando se usa DATABASE_URL');
  }
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL) {
    throw new InvalidEnvironmentError('Configuración inválida: DATABASE_OWNER_URL sólo se usa junto con DATABASE_URL');
  }
  if (!!env.ADMIN_USERNAME !== !!env.ADMIN_PASSWORD) {
    throw new InvalidEnvironmentError('Configuración inválida: ADMIN_USERNAME y ADMIN_PASSWORD se configuran juntos');
  }
  const adminPassword = env.ADMIN_USERNAME && env.ADMIN_PASSWORD ? passwordProblem(env.ADMIN_PASSWORD, { username: env.ADMIN_USERNAME }) : null;
  if (adminPassword) throw new InvalidEnvironmentError(`Configuración inválida: ADMIN_PASSWORD: ${adminPassword}`);
  if (errors.length > 0) {
    const details = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvironmentError(`Configuración inválida: ${details.join(' | ')}`);
  }
  return env;
}
