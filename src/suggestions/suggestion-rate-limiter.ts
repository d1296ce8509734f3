import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Environment } from '../config/environment';

const WINDOW_MS = 60 * 60 * 1000;
const MAX_ADDRESSES = 100_000;

/**
 * Suggestions per address in the last hour, held only in this process's memory (never stored):
 * a sliding window of timestamps per address, dropped when they expire. With several API
 * instances each holds its own count; the limit is a brake on floods, not an exact quota.
 */
@Injectable()
export class SuggestionRateLimiter implements OnModuleDestroy {
  private readonly hits = new Map<string, number[]>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly env: Environment) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), 5 * 60 * 1000);
    this.sweeper.unref();
  }

  /** Seconds to wait when the address has reached its limit; 0 when it may send. */
  retryAfter(address: string, now = Date.now()): number {
    const recent = this.recent(address, now);
    return recent.length >= this.env.SUGGESTIONS_PER_HOUR ? Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000)) : 0;
  }

  /** Counts an accepted submission. */
  record(address: string, now = Date.now()): void {
    if (!this.hits.has(address) && this.hits.size >= MAX_ADDRESSES) this.sweep(now);
    const recent = this.recent(address, now);
    recent.push(now);
    this.hits.set(address, recent);
  }

  /** Checks and counts in one step (the check and the count of one request, when nothing can fail between). */
  take(address: string, now = Date.now()): number {
    const wait = this.retryAfter(address, now);
    if (!wait) this.record(address, now);
    return wait;
  }

  private recent(address: string, now: number): number[] {
    const times = this.hits.get(address);
    if (!times) return [];
    const recent = times.filter((t) => t > now - WINDOW_MS);
    if (recent.length !== times.length) this.hits.set(address, recent);
    return recent;
  }

  get size(): number {
    return this.hits.size;
  }

  sweep(now: number): void {
    for (const [address, times] of this.hits) {
      if (times[times.length - 1] <= now - WINDOW_MS) this.hits.delete(address);
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}
