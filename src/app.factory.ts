import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppModule, type AppOptions } from './app.module';
import { AppLogger } from './common/app-logger';
import { rejectHostileInput, verifyJsonDepth } from './common/hostile-input';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { requestLog } from './common/request-log.middleware';
import { validationPipe } from './common/validation';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The configured Nest application, not yet listening: used by main.ts, the tests and the benchmark. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  const { env } = options;
  const logger = new AppLogger({
    json: env.NODE_ENV === 'production',
    logLevels: env.NODE_ENV === 'test' ? ['fatal', 'error'] : LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, bodyParser: true });
  // Over-deep JSON is refused on the raw text, before parsing; then NUL characters and over-deep
  // values in the body and the query string, before any guard or handler (hostile-input.ts).
  // (`verify` is body-parser's own option, left out of Nest's type but passed through.)
  const json = { limit: '1mb', verify: verifyJsonDepth };
  app.useBodyParser('json', json);
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.use(rejectHostileInput);
  // X-Forwarded-For names the client only when it comes from a proxy named in TRUST_PROXY.
  app.set('trust proxy', env.trustedProxies);
  app.disable('x-powered-by');
  // Answers are fresh on every read; hashing each body for an ETag is CPU spent for nothing.
  app.set('etag', false);
  app.setGlobalPrefix('api');
  // No cache keeps an answer, a token or a photo past its session; the public directory, the one
  // answer meant to be shared, says otherwise itself.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use(compression({ threshold: 4096 }));
  app.use(requestLog);
  app.enableCors({
    origin: env.CORS_ORIGIN ? env.CORS_ORIGIN.split(',').map((o) => o.trim()) : false,
    exposedHeaders: ['Content-Range'],
  });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  const openApi = new DocumentBuilder()
    .setTitle('Back-office de los CSA')
    .setDescription('API de la Dirección General de Recursos Materiales para administrar los Centros de Servicios Administrativos del Estado de México.')
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
