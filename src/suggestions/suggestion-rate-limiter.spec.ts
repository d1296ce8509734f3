import type { Environment } from '../config/environment';
import { SuggestionRateLimiter } from './suggestion-rate-limiter';

describe(SuggestionRateLimiter.name, () => {
  const limiter = () => new SuggestionRateLimiter({ SUGGESTIONS_PER_HOUR: 3 } as Environment);

  it('allows the limit per address in a sliding hour, and other addresses meanwhile', () => {
    const sut = limiter();
    const t0 = 1_000_000_000;
    expect([sut.take('a', t0), sut.take('a', t0 + 1000), sut.take('a', t0 + 2000)]).toEqual([0, 0, 0]);
    expect(sut.take('a', t0 + 3000)).toBe(3600 - 3);
    expect(sut.take('b', t0 + 3000)).toBe(0);
    expect(sut.take('a', t0 + 3_600_001)).toBe(0);
    sut.onModuleDestroy();
  });

  it('forgets addresses whose window has passed', () => {
    const sut = limiter();
    sut.take('a', 0);
    sut.take('b', 3_000_000);
    sut.sweep(3_600_001);
    expect(sut.size).toBe(1);
    sut.onModuleDestroy();
  });
});
