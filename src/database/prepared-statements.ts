import { Injectable } from '@nestjs/common';
import type { QueryConfig } from 'pg';
import { DatabaseConnection } from './data-source';

const MAX_PREPARED = 256;

/**
 * Names the statements the API sends straight to `pg`, so that each connection of a real server
 * prepares a statement once and reuses its plan: the parse and plan of the busiest statements cost
 * more than running them. The generated statements are few; past MAX_PREPARED new texts go unnamed.
 * Not on the embedded database: its clients share one session, where two connections preparing
 * the same name collide.
 */
@Injectable()
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private readonly enabled: boolean;

  constructor(connection: DatabaseConnection) {
    this.enabled = !connection.embedded;
  }

  config(text: string, values?: unknown[]): QueryConfig {
    const name = this.enabled ? this.nameOf(text) : undefined;
    return name ? { name, text, values } : { text, values };
  }

  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (!name && this.names.size < MAX_PREPARED) {
      name = `csa_${this.names.size + 1}`;
      this.names.set(text, name);
    }
    return name;
  }
}
