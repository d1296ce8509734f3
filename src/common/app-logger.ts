import { ConsoleLogger } from '@nestjs/common';

/** Nest's start-up chatter (every module and route) is debug detail, not a log line per route. */
const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export class AppLogger extends ConsoleLogger {
  log(message: unknown, context?: string): void {
    if (context && FRAMEWORK_CONTEXTS.has(context)) super.debug(message, context);
    else super.log(message, context);
  }
}
