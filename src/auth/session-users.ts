import { Injectable } from '@nestjs/common';
import { type SessionUser, UsersRepository } from '../users/users.repository';

/** How long an instance may answer from what it last read of a user: a change ends old tokens within this. */
export const SESSION_CHECK_MS = 500;
const MAX_CACHED = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user behind a token as the database has it now (role, agency, buildings, active, session
 * version), read at most once per SESSION_CHECK_MS per user and instance. A short-lived cache of the
 * database, not shared state: every instance reaches the same answer within that time.
 */
@Injectable()
export class SessionUsers {
  private readonly cache = new Map<string, { at: number; user: Promise<SessionUser | undefined> }>();

  constructor(private readonly users: UsersRepository) {}

  current(id: unknown): Promise<SessionUser | undefined> {
    if (typeof id !== 'string' || !UUID.test(id)) return Promise.resolve(undefined);
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && now - hit.at < SESSION_CHECK_MS) return hit.user;
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const user = this.users.findSession(id);
    this.cache.set(id, { at: now, user });
    user.catch(() => this.cache.delete(id));
    return user;
  }
}
