import { createHmac, hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { AuthSecrets } from '../auth/auth-secrets';
import type { Queryable } from '../common/sql-params';
import { Environment } from '../config/environment';
import { type CountWindow, SuggestionsRepository } from './suggestions.repository';

/**
 * The one address that counts for a sender: an IPv4 address as is (also when it arrives mapped into
 * IPv6), an IPv6 address by its /64 network, which one subscriber holds whole and can rotate within.
 * Anything that does not parse counts as itself.
 */
export function senderOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}

/**
 * Suggestions per sender and hour, counted in PostgreSQL so that every API instance shares one
 * limit. The address is never stored, not even hashed on its own: the row's key is an HMAC, with a
 * secret every instance derives from the session secret, over the address and the hour, and the
 * rows of ended hours are deleted by the next submission.
 */
@Injectable()
export class SuggestionRateLimiter {
  private readonly secret: Buffer;

  constructor(
    secrets: AuthSecrets,
    private readonly env: Environment,
    private readonly suggestions: SuggestionsRepository,
  ) {
    this.secret = Buffer.from(hkdfSync('sha256', secrets.jwtSecret, Buffer.alloc(0), 'csa/buzon/limite-por-hora', 32));
  }

  /** Forgets the hours that have ended and names the current one, by the database's clock. */
  window(db: Queryable): Promise<CountWindow> {
    return this.suggestions.countWindow(db);
  }

  /**
   * Counts one submission in the caller's transaction, so that a submission that fails later is not
   * counted. False when the sender has used up its hour. Decided by one statement: concurrent
   * submissions of one sender wait for each other on the row, on every instance.
   */
  take(tx: Queryable, address: string, window: CountWindow): Promise<boolean> {
    return this.suggestions.countSubmission(tx, this.keyOf(address, window.hour), window.hour, this.env.SUGGESTIONS_PER_HOUR);
  }

  keyOf(address: string, hour: string): Buffer {
    return createHmac('sha256', this.secret).update(`${hour}\n${senderOf(address)}`).digest();
  }
}
