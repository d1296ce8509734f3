import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { InitialSchema1764000000000 } from '../../migrations/1764000000000-InitialSchema';
import { UtilityCosts1764100000000 } from '../../migrations/1764100000000-UtilityCosts';
import { AllocationIndexes1764200000000 } from '../../migrations/1764200000000-AllocationIndexes';
import { ChargesReportIndex1764300000000 } from '../../migrations/1764300000000-ChargesReportIndex';
import { Compliance1764400000000 } from '../../migrations/1764400000000-Compliance';
import { Operations1764500000000 } from '../../migrations/1764500000000-Operations';
import { SavingsPrecomputed1764600000000 } from '../../migrations/1764600000000-SavingsPrecomputed';
import { OperationCountsFillFactor1764700000000 } from '../../migrations/1764700000000-OperationCountsFillFactor';
import { AgreementListOrder1764800000000 } from '../../migrations/1764800000000-AgreementListOrder';
import { FindingFilePosition1764900000000 } from '../../migrations/1764900000000-FindingFilePosition';
import { SessionVersion1765000000000 } from '../../migrations/1765000000000-SessionVersion';
import { SuggestionsDateOnly1765100000000 } from '../../migrations/1765100000000-SuggestionsDateOnly';
import { AgreementTerms1765200000000 } from '../../migrations/1765200000000-AgreementTerms';
import { Queue1765300000000 } from '../../migrations/1765300000000-Queue';

export const migrations = [
  InitialSchema1764000000000,
  UtilityCosts1764100000000,
  AllocationIndexes1764200000000,
  ChargesReportIndex1764300000000,
  Compliance1764400000000,
  Operations1764500000000,
  SavingsPrecomputed1764600000000,
  OperationCountsFillFactor1764700000000,
  AgreementListOrder1764800000000,
  FindingFilePosition1764900000000,
  SessionVersion1765000000000,
  SuggestionsDateOnly1765100000000,
  AgreementTerms1765200000000,
  Queue1765300000000,
];

/** Where the application's pool connects, whether that is the embedded PostgreSQL, and how long a statement may run. */
export class DatabaseConnection {
  constructor(
    readonly url: string,
    readonly poolSize: number,
    readonly embedded: boolean,
    /** Milliseconds; 0 for none. The embedded PostgreSQL cannot interrupt a statement, so it ignores this. */
    readonly statementTimeoutMs = 0,
  ) {}
}

// A calendar date stays the string PostgreSQL sent ('2026-06-19'): turning it into a JavaScript
// Date would shift it by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** One set of options for the application, the migration runner and the CLI scripts. */
export function dataSourceOptions(url: string, poolSize: number, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: ['error'],
    extra: {
      max: poolSize,
      idleTimeoutMillis: 30_000,
      // Every statement of every connection, from the start; a long job raises it for its own transaction.
      ...(statementTimeoutMs > 0 ? { options: `-c statement_timeout=${Math.trunc(statementTimeoutMs)}` } : {}),
    },
  };
}

export function createDataSource(url: string, poolSize: number): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}
